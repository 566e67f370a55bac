package se.reorgledger.core.committee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The nämnd ceases; services to it and memberships in it end with it. */
@Revision("1")
public record CommitteeDissolvedEvent(
        String organisationId,
        String committeeId,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements CommitteeChangeEvent {

    @Override
    public CommitteeState applyTo(CommitteeState prior, LocalDate on) {
        return prior.dissolved(on);
    }
}
