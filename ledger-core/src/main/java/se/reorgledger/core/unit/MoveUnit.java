package se.reorgledger.core.unit;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;

public record MoveUnit(String unitId, String parentId, LocalDate effectiveDate) implements Change {

    public MoveUnit {
        Require.id("unitId", unitId);
        Require.id("parentId", parentId);
        Require.date("effectiveDate", effectiveDate);
        if (unitId.equals(parentId)) {
            throw new InvalidChangeException("parentId", "a unit cannot be its own parent");
        }
    }

    @Override
    public UnitMovedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new UnitMovedEvent(organisationId, unitId, parentId, effectiveDate, decisionId, changeId);
    }
}
