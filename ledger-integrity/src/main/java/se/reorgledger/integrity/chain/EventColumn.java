package se.reorgledger.integrity.chain;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The columns of a stored event that the entry hash covers, apart from the global index: the parts two events
 * can exchange. The readable fields travel with the payload and metadata they are read from.
 */
enum EventColumn {

    EVENT_IDENTIFIER("event identifier"),
    AGGREGATE_IDENTIFIER("aggregate identifier"),
    SEQUENCE_NUMBER("sequence number"),
    PAYLOAD_TYPE("type"),
    PAYLOAD_REVISION("revision"),
    RECORDED_AT("recorded time"),
    PAYLOAD("payload"),
    META_DATA("metadata");

    private final String words;

    EventColumn(String words) {
        this.words = words;
    }

    int bit() {
        return 1 << ordinal();
    }

    /** The columns in which two events differ, as a bit set. */
    static int differing(LedgerEntry a, LedgerEntry b) {
        int mask = 0;
        for (EventColumn column : values()) {
            if (!column.sameIn(a, b)) {
                mask |= column.bit();
            }
        }
        return mask;
    }

    static String words(int mask) {
        return Arrays.stream(values()).filter(column -> (mask & column.bit()) != 0).map(column -> column.words)
                .collect(Collectors.joining(", "));
    }

    /** {@code target} with the columns in {@code mask} taken from {@code source}. */
    static LedgerEntry exchanged(LedgerEntry target, LedgerEntry source, int mask) {
        StoredEvent t = target.stored();
        StoredEvent s = source.stored();
        boolean payload = (mask & PAYLOAD.bit()) != 0;
        boolean metaData = (mask & META_DATA.bit()) != 0;
        StoredEvent stored = new StoredEvent(t.globalIndex(),
                pick(mask, EVENT_IDENTIFIER, t.eventIdentifier(), s.eventIdentifier()),
                pick(mask, AGGREGATE_IDENTIFIER, t.aggregateIdentifier(), s.aggregateIdentifier()),
                pick(mask, SEQUENCE_NUMBER, t.sequenceNumber(), s.sequenceNumber()),
                pick(mask, PAYLOAD_TYPE, t.payloadType(), s.payloadType()),
                pick(mask, PAYLOAD_REVISION, t.payloadRevision(), s.payloadRevision()),
                pick(mask, RECORDED_AT, t.recordedAt(), s.recordedAt()),
                payload ? s.payload() : t.payload(),
                metaData ? s.metaData() : t.metaData());
        return target.with(stored, metaData ? source.principal() : target.principal(),
                payload ? source.decisionId() : target.decisionId(),
                payload ? source.effectiveDate() : target.effectiveDate());
    }

    private static <T> T pick(int mask, EventColumn column, T own, T other) {
        return (mask & column.bit()) != 0 ? other : own;
    }

    private boolean sameIn(LedgerEntry a, LedgerEntry b) {
        StoredEvent x = a.stored();
        StoredEvent y = b.stored();
        return switch (this) {
            case EVENT_IDENTIFIER -> Objects.equals(x.eventIdentifier(), y.eventIdentifier());
            case AGGREGATE_IDENTIFIER -> Objects.equals(x.aggregateIdentifier(), y.aggregateIdentifier());
            case SEQUENCE_NUMBER -> x.sequenceNumber() == y.sequenceNumber();
            case PAYLOAD_TYPE -> Objects.equals(x.payloadType(), y.payloadType());
            case PAYLOAD_REVISION -> Objects.equals(x.payloadRevision(), y.payloadRevision());
            case RECORDED_AT -> Objects.equals(x.recordedAt(), y.recordedAt());
            case PAYLOAD -> Arrays.equals(x.payload(), y.payload()) && Objects.equals(a.decisionId(), b.decisionId())
                    && Objects.equals(a.effectiveDate(), b.effectiveDate());
            case META_DATA -> Arrays.equals(x.metaData(), y.metaData())
                    && Objects.equals(a.principal(), b.principal());
        };
    }
}
