package se.reorgledger.core.committee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A kontor (or, before 2026, a förvaltning) starts to serve the nämnd. */
@Revision("1")
public record KontorServiceStartedEvent(
        String organisationId,
        String committeeId,
        String unitId,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements CommitteeChangeEvent {

    @Override
    public CommitteeState applyTo(CommitteeState prior, LocalDate on) {
        return prior.withServing(unitId, true);
    }
}
