package se.reorgledger.core.unit;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The unit is placed under a new parent. The former parent is not stored: a retroactive change may alter it. */
@Revision("1")
public record UnitMovedEvent(
        String organisationId,
        String unitId,
        String parentId,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements UnitChangeEvent {

    @Override
    public UnitState applyTo(UnitState prior, LocalDate on) {
        return prior.withParent(parentId);
    }
}
