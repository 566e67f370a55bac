package se.reorgledger.core.unit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.Establishment;

@Revision("1")
public record UnitEstablishedEvent(
        String organisationId,
        String unitId,
        String name,
        UnitKind kind,
        String parentId,
        boolean authority,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements UnitChangeEvent, Establishment {

    @Override
    public UnitState applyTo(UnitState prior, LocalDate on) {
        return new UnitState(unitId, name, kind, parentId, authority, on, null, List.of());
    }

    @Override
    public String establishedId() {
        return unitId;
    }
}
