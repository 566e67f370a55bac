package se.reorgledger.api.store.journal;

import se.reorgledger.integrity.chain.StoredEvent;

/**
 * One event as the journal keeps it: every column of its row in the event table (the aggregate's type too, which
 * the entry hash does not cover but the table needs back) and its link in the chain. Bytes travel as base64.
 */
record JournalEvent(
        long position,
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String timeStamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData,
        String entryHash,
        String chainHash) {

    /** The columns the entry hash covers. */
    StoredEvent stored() {
        return new StoredEvent(globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, payloadType,
                payloadRevision, timeStamp, payload, metaData);
    }
}
