package se.reorgledger.core.committee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A version of the nämnd's reglemente comes into force; the SHA-256 of its text pins the document. */
@Revision("1")
public record ReglementeAdoptedEvent(
        String organisationId,
        String committeeId,
        String version,
        String documentReference,
        String sha256,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements CommitteeChangeEvent {

    @Override
    public CommitteeState applyTo(CommitteeState prior, LocalDate on) {
        return prior.withReglemente(
                new ReglementeVersion(version, documentReference, sha256, on, decisionId));
    }
}
