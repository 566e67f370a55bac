package se.reorgledger.core.unit;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record ChangeUnitKind(String unitId, UnitKind kind, LocalDate effectiveDate) implements Change {

    public ChangeUnitKind {
        Require.id("unitId", unitId);
        Require.present("kind", kind);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public UnitKindChangedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new UnitKindChangedEvent(organisationId, unitId, kind, effectiveDate, decisionId, changeId);
    }
}
