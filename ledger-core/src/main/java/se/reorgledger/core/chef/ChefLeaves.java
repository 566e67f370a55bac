package se.reorgledger.core.chef;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record ChefLeaves(String chefRoleId, String personId, LocalDate effectiveDate) implements Change {

    public ChefLeaves {
        Require.id("chefRoleId", chefRoleId);
        Require.id("personId", personId);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public ChefLeftEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new ChefLeftEvent(organisationId, chefRoleId, personId, effectiveDate, decisionId, changeId);
    }
}
