package se.reorgledger.api.document;

import se.reorgledger.core.document.DocumentPart;
import se.reorgledger.core.document.DocumentRole;

/**
 * A document to attach, as a client sends it. {@code mediaType} and {@code size} may be left out when the bytes
 * are already held under {@code sha256}: they are taken from the bytes.
 */
public record AttachDocumentRequest(DocumentPart attachedTo, String committeeId, String reglementeVersion,
                                    DocumentRole role, String name, String mediaType, Long size, String sha256) {
}
