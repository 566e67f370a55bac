package se.reorgledger.core.unit;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Establishment;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;

public record EstablishUnit(String unitId, String name, UnitKind kind, String parentId, Boolean authority,
                            LocalDate effectiveDate) implements Change, Establishment {

    public EstablishUnit {
        Require.id("unitId", unitId);
        name = Require.text("name", name);
        Require.present("kind", kind);
        Require.id("parentId", parentId);
        Require.date("effectiveDate", effectiveDate);
        authority = authority != null && authority;
        if (unitId.equals(parentId)) {
            throw new InvalidChangeException("parentId", "a unit cannot be its own parent");
        }
    }

    @Override
    public UnitEstablishedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new UnitEstablishedEvent(organisationId, unitId, name, kind, parentId, authority, effectiveDate,
                decisionId, changeId);
    }

    @Override
    public String establishedId() {
        return unitId;
    }
}
