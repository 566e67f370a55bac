package se.reorgledger.core.chef;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Establishment;
import se.reorgledger.core.change.Require;

public record EstablishChefRole(String chefRoleId, String unitId, String title, LocalDate effectiveDate)
        implements Change, Establishment {

    public EstablishChefRole {
        Require.id("chefRoleId", chefRoleId);
        Require.id("unitId", unitId);
        title = Require.text("title", title);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public ChefRoleEstablishedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new ChefRoleEstablishedEvent(organisationId, chefRoleId, unitId, title, effectiveDate, decisionId,
                changeId);
    }

    @Override
    public String establishedId() {
        return chefRoleId;
    }
}
