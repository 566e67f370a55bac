package se.reorgledger.integrity.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.EntryField;
import se.reorgledger.integrity.chain.LedgerEntry;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * Parses one line of an export, a flat JSON object, straight from its UTF-8 bytes: a string's escapes are undone
 * into bytes, so that payload and metadata come out as the exact bytes they were, without decoding them to text
 * and encoding them back. Any JSON the format allows is read (fields in any order, unknown fields passed over);
 * anything else is a {@link MalformedExportException}. A line whose first field is {@code head} is the head line.
 */
final class ExportLineParser {

    /** What a head line parses to: it is not a row. */
    static final LedgerRow HEAD_LINE = new LedgerRow(Long.MIN_VALUE, null, null);

    private final JsonLineScanner json;
    private final LineEntryHash lineHash = new LineEntryHash();
    private int lastKey = -1;

    private ExportLineParser(byte[] in, int start, int end, long line) {
        this.json = new JsonLineScanner(in, start, end, line);
    }

    /**
     * The rows of whole lines, each with its entry hash at its link's position where the line was hashed as it
     * was read (else null), and how many lines there were (a last line without newline counts too).
     */
    record Lines(List<LedgerRow> rows, List<byte[]> entryHashes, long count) {
    }

    /** The rows of whole lines in {@code bytes[0, length)}, the first of them line {@code firstLine}. */
    static Lines parseAll(byte[] bytes, int length, long firstLine) {
        List<LedgerRow> rows = new ArrayList<>(length / 512 + 1);
        List<byte[]> entryHashes = new ArrayList<>(length / 512 + 1);
        long count = parseAll(bytes, length, firstLine, (row, entryHash) -> {
            rows.add(row);
            entryHashes.add(entryHash);
        });
        return new Lines(rows, entryHashes, count);
    }

    /** Hands the rows of whole lines to {@code sink} as they are read; how many lines there were. */
    static long parseAll(byte[] bytes, int length, long firstLine, ExportReader.RowSink sink) {
        ExportLineParser parser = new ExportLineParser(bytes, 0, length, firstLine);
        while (parser.json.skipBlankLines() != -1) {
            LedgerRow row = parser.row();
            if (row != HEAD_LINE) {
                sink.row(row, row.hasEntry() && row.hasLink() ? parser.lineHash.hash() : null);
            }
            parser.json.endOfLine();
        }
        return parser.json.line() - firstLine;
    }

    private LedgerRow row() {
        Fields fields = new Fields();
        lineHash.newLine();
        json.expect('{');
        boolean first = true;
        while (json.skipSpace() != '}') {
            if (!first) {
                json.expect(',');
                json.skipSpace();
            }
            json.string();
            int key = key();
            json.skipSpace();
            json.expect(':');
            json.skipSpace();
            if (first && key == HEAD) {
                skipRestOfObject();
                return HEAD_LINE;
            }
            first = false;
            field(fields, key);
        }
        json.expect('}');
        return fields.row(json.line());
    }

    private void skipRestOfObject() {
        json.skipValue();
        while (json.skipSpace() == ',') {
            json.expect(',');
            json.skipSpace();
            json.string();
            json.skipSpace();
            json.expect(':');
            json.skipSpace();
            json.skipValue();
        }
        json.expect('}');
    }

    /**
     * The known field names, in the order an export writes them, so the next expected one is tried first: the
     * entry's fields in the order of {@link EntryField} (bytes also as base64 right after their text form), then
     * the link's hashes, then the head line's own key.
     */
    static final List<byte[]> KEYS;
    /** The entry field each of {@link #KEYS} names, or null for the keys after the entry's fields. */
    private static final EntryField[] FIELD_OF_KEY;
    private static final int PAYLOAD_BASE64;
    private static final int META_DATA_BASE64;
    private static final int ENTRY_HASH;
    private static final int CHAIN_HASH;
    private static final int HEAD;

    static {
        List<String> keys = new ArrayList<>();
        List<EntryField> fields = new ArrayList<>();
        for (EntryField field : EntryField.NAMED) {
            keys.add(field.key());
            fields.add(field);
            if (field.kind() == EntryField.Kind.BYTES) {
                keys.add(field.key() + "Base64");
                fields.add(field);
            }
        }
        keys.addAll(List.of("entryHash", "chainHash", "head"));
        KEYS = keys.stream().map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
        FIELD_OF_KEY = fields.toArray(new EntryField[keys.size()]);
        PAYLOAD_BASE64 = keys.indexOf("payloadBase64");
        META_DATA_BASE64 = keys.indexOf("metaDataBase64");
        ENTRY_HASH = keys.indexOf("entryHash");
        CHAIN_HASH = keys.indexOf("chainHash");
        HEAD = keys.indexOf("head");
    }

    private static final int UNKNOWN = -1;

    /** Which known field the string just read names, or {@link #UNKNOWN}. */
    private int key() {
        for (int i = 0; i < KEYS.size(); i++) {
            int candidate = (lastKey + 1 + i) % KEYS.size();
            if (json.lastStringIs(KEYS.get(candidate))) {
                lastKey = candidate;
                return candidate;
            }
        }
        return UNKNOWN;
    }

    private void field(Fields f, int key) {
        if (key >= 0 && key < HEAD) {
            if ((f.seen & 1L << key) != 0) {
                throw json.malformedHere("it gives " + new String(KEYS.get(key), StandardCharsets.UTF_8) + " twice");
            }
            f.seen |= 1L << key;
        }
        EntryField field = key == UNKNOWN ? null : FIELD_OF_KEY[key];
        if (field == null) {
            if (key == ENTRY_HASH) {
                f.entryHash = json.text();
            } else if (key == CHAIN_HASH) {
                f.chainHash = json.text();
            } else {
                json.skipValue();
            }
            return;
        }
        switch (field) {
            case POSITION -> {
                f.position = json.number();
                lineHash.position(f.position);
            }
            case GLOBAL_INDEX -> f.globalIndex = number(field);
            case EVENT_IDENTIFIER -> f.eventIdentifier = text(field);
            case AGGREGATE_IDENTIFIER -> f.aggregateIdentifier = text(field);
            case SEQUENCE_NUMBER -> f.sequenceNumber = number(field);
            case PAYLOAD_TYPE -> f.payloadType = text(field);
            case PAYLOAD_REVISION -> f.payloadRevision = text(field);
            case RECORDED_AT -> f.recordedAt = text(field);
            case PRINCIPAL -> f.principal = text(field);
            case DECISION_ID -> f.decisionId = text(field);
            case EFFECTIVE_DATE -> f.effectiveDate = text(field);
            case PAYLOAD -> f.payload = bytes(field, key == PAYLOAD_BASE64 ? json.base64() : json.bytes());
            case META_DATA -> f.metaData = bytes(field, key == META_DATA_BASE64 ? json.base64() : json.bytes());
            default -> json.skipValue();
        }
    }

    private Long number(EntryField field) {
        Long value = json.number();
        lineHash.number(field, value);
        return value;
    }

    private String text(EntryField field) {
        String value = json.text();
        lineHash.text(field, value, json);
        return value;
    }

    private byte[] bytes(EntryField field, byte[] value) {
        lineHash.bytes(field, value);
        return value;
    }

    /** The fields of one line as they come, in any order. */
    private static final class Fields {

        Long position;
        Long globalIndex;
        String eventIdentifier;
        String aggregateIdentifier;
        Long sequenceNumber;
        String payloadType;
        String payloadRevision;
        String recordedAt;
        String principal;
        String decisionId;
        String effectiveDate;
        byte[] payload;
        byte[] metaData;
        String entryHash;
        String chainHash;
        /** The known keys the line gave, as bits by their index in {@link #KEYS}. */
        long seen;

        LedgerRow row(long line) {
            if (both(PAYLOAD_BASE64 - 1, PAYLOAD_BASE64) || both(META_DATA_BASE64 - 1, META_DATA_BASE64)) {
                throw new MalformedExportException(line, "it gives the same bytes both as text and as base64");
            }
            if (globalIndex == null) {
                throw new MalformedExportException(line, "it has no globalIndex");
            }
            boolean hasEvent = eventIdentifier != null || payload != null;
            if (hasEvent && (payload == null || sequenceNumber == null)) {
                throw new MalformedExportException(line, "an event needs its payload and sequenceNumber");
            }
            if (!hasEvent && position == null) {
                throw new MalformedExportException(line, "it has neither an event nor a position in the chain");
            }
            LedgerEntry entry = hasEvent ? new LedgerEntry(new StoredEvent(globalIndex, eventIdentifier,
                    aggregateIdentifier, sequenceNumber, payloadType, payloadRevision, recordedAt, payload, metaData),
                    principal, decisionId, effectiveDate) : null;
            ChainLink link = position == null ? null : new ChainLink(position, globalIndex, entryHash, chainHash);
            return new LedgerRow(globalIndex, entry, link);
        }

        private boolean both(int key, int other) {
            return (seen & 1L << key) != 0 && (seen & 1L << other) != 0;
        }
    }
}
