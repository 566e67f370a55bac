package se.reorgledger.core.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;

/** Attaches a document by its reference to a recorded decision, a step of its life or a reglemente it adopted. */
public record AttachDocumentCommand(@TargetAggregateIdentifier String organisationId, String decisionId,
                                    DocumentPart attachedTo, String committeeId, String reglementeVersion,
                                    DocumentRole role, DocumentReference document) {

    public AttachDocumentCommand {
        Require.id("decisionId", decisionId);
        Require.present("attachedTo", attachedTo);
        Require.present("role", role);
        Require.present("document", document);
        if (attachedTo == DocumentPart.reglemente) {
            Require.id("committeeId", committeeId);
            reglementeVersion = Require.text("reglementeVersion", reglementeVersion);
        } else if (committeeId != null || reglementeVersion != null) {
            throw new InvalidChangeException(committeeId != null ? "committeeId" : "reglementeVersion",
                    "names a reglemente version only when attachedTo is reglemente");
        }
    }

    public DocumentAttachedEvent toEvent() {
        return new DocumentAttachedEvent(organisationId, decisionId, attachedTo, committeeId, reglementeVersion, role,
                document);
    }
}
