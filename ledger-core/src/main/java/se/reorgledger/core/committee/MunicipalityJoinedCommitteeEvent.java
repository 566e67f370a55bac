package se.reorgledger.core.committee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Another kommun joins this kommun's gemensam nämnd. */
@Revision("1")
public record MunicipalityJoinedCommitteeEvent(
        String organisationId,
        String committeeId,
        String municipality,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements CommitteeChangeEvent {

    @Override
    public CommitteeState applyTo(CommitteeState prior, LocalDate on) {
        return prior.withMember(municipality, true);
    }
}
