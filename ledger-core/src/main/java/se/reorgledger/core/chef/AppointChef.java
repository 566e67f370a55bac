package se.reorgledger.core.chef;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record AppointChef(String chefRoleId, String personId, LocalDate effectiveDate) implements Change {

    public AppointChef {
        Require.id("chefRoleId", chefRoleId);
        Require.id("personId", personId);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public ChefAppointedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new ChefAppointedEvent(organisationId, chefRoleId, personId, effectiveDate, decisionId, changeId);
    }
}
