package se.reorgledger.core.unit;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record RenameUnit(String unitId, String name, LocalDate effectiveDate) implements Change {

    public RenameUnit {
        Require.id("unitId", unitId);
        name = Require.text("name", name);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public UnitRenamedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new UnitRenamedEvent(organisationId, unitId, name, effectiveDate, decisionId, changeId);
    }
}
