package se.reorgledger.core.document;

import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.OrganisationEvent;

/**
 * A document was attached to a decision, to a step of its life, or to a reglemente version it adopted
 * ({@code committeeId} and {@code reglementeVersion}, only then). The ledger records the reference; the bytes
 * are kept, when uploaded, under its SHA-256.
 */
@Revision("1")
public record DocumentAttachedEvent(String organisationId, String decisionId, DocumentPart attachedTo,
                                    String committeeId, String reglementeVersion, DocumentRole role,
                                    DocumentReference document) implements OrganisationEvent {
}
