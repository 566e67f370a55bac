package se.reorgledger.api.document;

import java.time.Instant;

/** A document's bytes as the store holds them, with the media type they were uploaded with. */
public record HeldDocument(String sha256, String mediaType, long size, Instant storedAt, byte[] bytes) {
}
