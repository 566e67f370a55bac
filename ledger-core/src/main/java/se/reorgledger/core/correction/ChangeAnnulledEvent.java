package se.reorgledger.core.correction;

import org.axonframework.serialization.Revision;

/** The earlier change is void: it never took effect. */
@Revision("1")
public record ChangeAnnulledEvent(
        String organisationId,
        String targetChangeId,
        String reason,
        String decisionId,
        String changeId) implements CorrectionEvent {
}
