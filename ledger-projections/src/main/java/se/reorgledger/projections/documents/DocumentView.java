package se.reorgledger.projections.documents;

import java.time.Instant;
import java.util.List;
import se.reorgledger.core.document.DocumentAttachedEvent;
import se.reorgledger.core.document.DocumentPart;
import se.reorgledger.core.document.DocumentRole;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.DocumentEntry;
import se.reorgledger.projections.index.RecordedTimes;
import se.reorgledger.projections.index.Recording;

/**
 * A document a decision carries, as recorded: what it is attached to ({@code committeeId} and
 * {@code reglementeVersion} for a reglemente), its role, name, media type, size and SHA-256, and {@code href},
 * where its bytes are served when they are held (the answer there says whether they are).
 */
public record DocumentView(DocumentPart attachedTo, String committeeId, String reglementeVersion, DocumentRole role,
                           String name, String mediaType, long size, String sha256, String href, String eventId,
                           Instant recordedAt, String recordedBy) {

    /** Where the service serves a document's bytes, by their SHA-256. */
    public static final String BYTES = "/api/v1/documents/";

    /** The documents of a decision as known at an epoch, in the order they were attached. */
    public static List<DocumentView> of(DecisionEntry decision, int epoch, RecordedTimes times) {
        return decision.documents().stream().filter(document -> document.epoch() <= epoch)
                .map(document -> of(document, times)).toList();
    }

    private static DocumentView of(DocumentEntry entry, RecordedTimes times) {
        DocumentAttachedEvent event = entry.event();
        Recording recording = entry.recording(times);
        return new DocumentView(event.attachedTo(), event.committeeId(), event.reglementeVersion(), event.role(),
                event.document().name(), event.document().mediaType(), event.document().size(),
                event.document().sha256(), BYTES + event.document().sha256(), recording.eventId(),
                recording.recordedAt(), recording.principal());
    }
}
