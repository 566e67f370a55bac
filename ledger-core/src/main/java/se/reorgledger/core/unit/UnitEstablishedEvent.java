package se.reorgledger.core.unit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

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
        String changeId) implements UnitChangeEvent {

    @Override
    public UnitState applyTo(UnitState prior) {
        return new UnitState(unitId, name, kind, parentId, authority, effectiveDate, null, List.of());
    }
}
