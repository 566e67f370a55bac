package se.reorgledger.integrity.chain;

/**
 * An event exactly as the event table holds it: the bytes that the hash chain commits to, so that a single
 * altered byte changes the hash.
 */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String payloadType,
        String payloadRevision,
        String recordedAt,
        byte[] payload,
        byte[] metaData) {
}
