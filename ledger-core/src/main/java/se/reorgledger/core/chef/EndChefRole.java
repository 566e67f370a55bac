package se.reorgledger.core.chef;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record EndChefRole(String chefRoleId, LocalDate effectiveDate) implements Change {

    public EndChefRole {
        Require.id("chefRoleId", chefRoleId);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public ChefRoleEndedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new ChefRoleEndedEvent(organisationId, chefRoleId, effectiveDate, decisionId, changeId);
    }
}
