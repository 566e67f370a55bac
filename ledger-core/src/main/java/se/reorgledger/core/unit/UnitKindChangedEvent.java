package se.reorgledger.core.unit;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record UnitKindChangedEvent(
        String organisationId,
        String unitId,
        UnitKind kind,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements UnitChangeEvent {

    @Override
    public UnitState applyTo(UnitState prior, LocalDate on) {
        return prior.withKind(kind);
    }
}
