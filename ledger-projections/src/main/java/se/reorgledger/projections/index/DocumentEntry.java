package se.reorgledger.projections.index;

import se.reorgledger.core.document.DocumentAttachedEvent;

/** A document attached to a decision, a step of its life or a reglemente version it adopted. */
public final class DocumentEntry extends RecordedFacts {

    private final DocumentAttachedEvent event;

    DocumentEntry(DocumentAttachedEvent event, long position, String eventId, int epoch, String principal) {
        super(position, eventId, epoch, principal);
        this.event = event;
    }

    public DocumentAttachedEvent event() {
        return event;
    }
}
