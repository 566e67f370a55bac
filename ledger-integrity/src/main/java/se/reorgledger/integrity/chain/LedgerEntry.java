package se.reorgledger.integrity.chain;

/**
 * An event with the three readable fields its entry hash names besides the stored bytes: who recorded it, the
 * decision and the effective date. Read from the database they are derived from the bytes; read from an export
 * they are what the export states, so that a stated field which misleads a reader changes the hash.
 */
public record LedgerEntry(StoredEvent stored, String principal, String decisionId, String effectiveDate) {

    public static LedgerEntry of(StoredEvent stored) {
        String[] payload = EntryHashing.textFields(stored.payload(), "decisionId", "effectiveDate");
        return new LedgerEntry(stored, EntryHashing.principal(stored.metaData()), payload[0], payload[1]);
    }

    public long globalIndex() {
        return stored.globalIndex();
    }

    /** The same event with other stored fields, its readable fields travelling with the bytes they come from. */
    public LedgerEntry with(StoredEvent other, String principal, String decisionId, String effectiveDate) {
        return new LedgerEntry(other, principal, decisionId, effectiveDate);
    }

    public LedgerEntry withGlobalIndex(long globalIndex) {
        StoredEvent s = stored;
        return with(new StoredEvent(globalIndex, s.eventIdentifier(), s.aggregateIdentifier(), s.sequenceNumber(),
                s.payloadType(), s.payloadRevision(), s.recordedAt(), s.payload(), s.metaData()), principal,
                decisionId, effectiveDate);
    }

    /** In words, for a finding: which event this is. */
    public String describe() {
        String type = stored.payloadType() == null ? "event"
                : stored.payloadType().substring(stored.payloadType().lastIndexOf('.') + 1);
        return type + " of '" + stored.aggregateIdentifier() + "' (global index " + stored.globalIndex()
                + ", event id " + stored.eventIdentifier() + ", recorded " + stored.recordedAt() + ")";
    }

    /** The entry hash this event has when it stands at {@code position}. */
    public String entryHash(long position) {
        return EntryHashing.entryHash(position, stored, principal, decisionId, effectiveDate);
    }

    /** {@link #entryHash(long)} as the digest's bytes, before hex. */
    byte[] entryHashBytes(long position) {
        return EntryHashing.entryHashBytes(position, stored, principal, decisionId, effectiveDate);
    }
}
