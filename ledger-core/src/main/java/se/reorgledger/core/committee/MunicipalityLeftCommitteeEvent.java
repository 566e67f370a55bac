package se.reorgledger.core.committee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A member kommun leaves this kommun's gemensam nämnd. */
@Revision("1")
public record MunicipalityLeftCommitteeEvent(
        String organisationId,
        String committeeId,
        String municipality,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements CommitteeChangeEvent {

    @Override
    public CommitteeState applyTo(CommitteeState prior, LocalDate on) {
        return prior.withMember(municipality, false);
    }
}
