package se.reorgledger.core.unit;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record UnitRenamedEvent(
        String organisationId,
        String unitId,
        String name,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements UnitChangeEvent {

    @Override
    public UnitState applyTo(UnitState prior, LocalDate on) {
        return prior.withName(name);
    }
}
