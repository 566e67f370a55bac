package se.reorgledger.core.unit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The unit ceases to exist on the effective date. Its successors are the units that take over its work:
 * the lineage that answers where a dissolved förvaltning's parts went.
 */
@Revision("1")
public record UnitDissolvedEvent(
        String organisationId,
        String unitId,
        List<String> successorIds,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements UnitChangeEvent {

    public UnitDissolvedEvent {
        successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
    }

    @Override
    public UnitState applyTo(UnitState prior, LocalDate on) {
        return prior.dissolved(on, successorIds);
    }
}
