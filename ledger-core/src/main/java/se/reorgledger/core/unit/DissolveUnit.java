package se.reorgledger.core.unit;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;

public record DissolveUnit(String unitId, List<String> successorIds, LocalDate effectiveDate) implements Change {

    public DissolveUnit {
        Require.id("unitId", unitId);
        successorIds = Require.ids("successorIds", successorIds);
        Require.date("effectiveDate", effectiveDate);
        if (successorIds.contains(unitId)) {
            throw new InvalidChangeException("successorIds", "a unit cannot succeed itself");
        }
    }

    @Override
    public UnitDissolvedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new UnitDissolvedEvent(organisationId, unitId, successorIds, effectiveDate, decisionId, changeId);
    }
}
