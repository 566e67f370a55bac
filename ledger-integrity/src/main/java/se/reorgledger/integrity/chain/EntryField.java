package se.reorgledger.integrity.chain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of a v1 ledger entry, in the order its entry hash encodes them: the one definition of that order. The
 * encoding ({@link EntryHashing}), the export line (which lists them in the same order under these keys) and the
 * readers that hash a line while they meet its fields all follow it.
 */
public enum EntryField {

    TAG(Kind.BYTES, null),
    POSITION(Kind.NUMBER, "position"),
    GLOBAL_INDEX(Kind.NUMBER, "globalIndex"),
    EVENT_IDENTIFIER(Kind.TEXT, "eventIdentifier"),
    AGGREGATE_IDENTIFIER(Kind.TEXT, "aggregateIdentifier"),
    SEQUENCE_NUMBER(Kind.NUMBER, "sequenceNumber"),
    PAYLOAD_TYPE(Kind.TEXT, "payloadType"),
    PAYLOAD_REVISION(Kind.TEXT, "payloadRevision"),
    RECORDED_AT(Kind.TEXT, "recordedAt"),
    PRINCIPAL(Kind.TEXT, "principal"),
    DECISION_ID(Kind.TEXT, "decisionId"),
    EFFECTIVE_DATE(Kind.TEXT, "effectiveDate"),
    PAYLOAD(Kind.BYTES, "payload"),
    META_DATA(Kind.BYTES, "metaData");

    /** How a field is encoded: a number as its decimal digits, text as UTF-8 (null as no bytes), bytes as they are. */
    public enum Kind { NUMBER, TEXT, BYTES }

    /** Every field, in the order of the encoding. */
    static final EntryField[] ALL = values();
    /** The fields an export line names, each under its key, in the order of the encoding: all but the tag. */
    public static final List<EntryField> NAMED = List.of(Arrays.copyOfRange(ALL, 1, ALL.length));

    private final Kind kind;
    private final String key;
    private final byte[] keyBytes;

    EntryField(Kind kind, String key) {
        this.kind = kind;
        this.key = key;
        this.keyBytes = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    public Kind kind() {
        return kind;
    }

    /** The field's key in an export line; null for the tag, which no line states. */
    public String key() {
        return key;
    }

    /** {@link #key()} as UTF-8, for a reader that compares keys as bytes. */
    public byte[] keyBytes() {
        return keyBytes == null ? null : keyBytes.clone();
    }
}
