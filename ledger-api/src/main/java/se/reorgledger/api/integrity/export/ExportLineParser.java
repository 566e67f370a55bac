package se.reorgledger.api.integrity.export;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import se.reorgledger.api.integrity.ChainLink;
import se.reorgledger.api.integrity.LedgerEntry;
import se.reorgledger.api.integrity.LedgerRow;
import se.reorgledger.api.integrity.StoredEvent;

/**
 * Parses one line of an export, a flat JSON object, straight from its UTF-8 bytes: a string's escapes are undone
 * into bytes, so that payload and metadata come out as the exact bytes they were, without decoding them to text
 * and encoding them back. Any JSON the format allows is read (fields in any order, unknown fields passed over);
 * anything else is a {@link MalformedExportException}. A line whose first field is {@code head} is the head line.
 */
final class ExportLineParser {

    /** What {@link #parse} returns for the head line, which is not a row. */
    static final LedgerRow HEAD_LINE = new LedgerRow(Long.MIN_VALUE, null, null);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    private static final long SPACES = ' ' * ONES;

    private final byte[] in;
    private long line;
    private int at;
    private final int end;
    /** Where the last string read lies: in the line, or in {@link #unescaped}. */
    private byte[] source;
    private int from;
    private int to;
    private byte[] unescaped = new byte[1024];
    private int lastKey = -1;

    private ExportLineParser(byte[] in, int start, int end, long line) {
        this.in = in;
        this.at = start;
        this.end = end;
        this.line = line;
    }

    /** The rows of whole lines, and how many lines there were (a last line without newline counts too). */
    record Lines(List<LedgerRow> rows, long count) {
    }

    /** The rows of whole lines in {@code bytes[0, length)}, the first of them line {@code firstLine}. */
    static Lines parseAll(byte[] bytes, int length, long firstLine) {
        List<LedgerRow> rows = new ArrayList<>(length / 512 + 1);
        ExportLineParser parser = new ExportLineParser(bytes, 0, length, firstLine);
        while (parser.skipBlankLines() != -1) {
            LedgerRow row = parser.row();
            if (row != HEAD_LINE) {
                rows.add(row);
            }
            parser.endOfLine();
        }
        return new Lines(rows, parser.line - firstLine);
    }

    private LedgerRow row() {
        Fields fields = new Fields();
        expect('{');
        boolean first = true;
        while (skipSpace() != '}') {
            if (!first) {
                expect(',');
                skipSpace();
            }
            string();
            int key = key();
            skipSpace();
            expect(':');
            skipSpace();
            if (first && key == HEAD) {
                skipRestOfObject();
                return HEAD_LINE;
            }
            first = false;
            field(fields, key);
        }
        at++;
        return fields.row(line);
    }

    /** After an object: nothing but spaces up to the newline that ends the line, or the end. */
    private void endOfLine() {
        while (at < end && (in[at] == ' ' || in[at] == '\t' || in[at] == '\r')) {
            at++;
        }
        if (at < end) {
            if (in[at] != '\n') {
                throw malformed("something follows the object on its line");
            }
            at++;
            line++;
        }
    }

    /** Passes over empty lines, counting them; the next byte, or -1 at the end. */
    private int skipBlankLines() {
        while (at < end && (in[at] == ' ' || in[at] == '\t' || in[at] == '\r' || in[at] == '\n')) {
            if (in[at] == '\n') {
                line++;
            }
            at++;
        }
        return peek();
    }

    private void skipRestOfObject() {
        skipValue();
        while (skipSpace() == ',') {
            at++;
            skipSpace();
            string();
            skipSpace();
            expect(':');
            skipSpace();
            skipValue();
        }
        expect('}');
    }

    /** The known field names, in the order an export writes them, so the next expected one is tried first. */
    private static final List<byte[]> KEYS = Stream.of("position", "globalIndex", "eventIdentifier",
            "aggregateIdentifier", "sequenceNumber", "payloadType", "payloadRevision", "recordedAt", "principal",
            "decisionId", "effectiveDate", "payload", "payloadBase64", "metaData", "metaDataBase64", "entryHash",
            "chainHash", "head").map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
    private static final int HEAD = KEYS.size() - 1;
    private static final int UNKNOWN = -1;

    /** Which known field the string just read names, or {@link #UNKNOWN}. */
    private int key() {
        for (int i = 0; i < KEYS.size(); i++) {
            int candidate = (lastKey + 1 + i) % KEYS.size();
            if (Arrays.equals(KEYS.get(candidate), 0, KEYS.get(candidate).length, source, from, to)) {
                lastKey = candidate;
                return candidate;
            }
        }
        return UNKNOWN;
    }

    private void field(Fields f, int key) {
        switch (key) {
            case 0 -> f.position = number();
            case 1 -> f.globalIndex = number();
            case 2 -> f.eventIdentifier = text();
            case 3 -> f.aggregateIdentifier = text();
            case 4 -> f.sequenceNumber = number();
            case 5 -> f.payloadType = text();
            case 6 -> f.payloadRevision = text();
            case 7 -> f.recordedAt = text();
            case 8 -> f.principal = text();
            case 9 -> f.decisionId = text();
            case 10 -> f.effectiveDate = text();
            case 11 -> f.payload = bytes();
            case 12 -> f.payload = base64();
            case 13 -> f.metaData = bytes();
            case 14 -> f.metaData = base64();
            case 15 -> f.entryHash = text();
            case 16 -> f.chainHash = text();
            default -> skipValue();
        }
    }

    private Long number() {
        if (literal("null")) {
            return null;
        }
        boolean negative = peek() == '-';
        if (negative) {
            at++;
        }
        int digits = 0;
        long value = 0;
        try {
            while (at < end && in[at] >= '0' && in[at] <= '9') {
                value = Math.addExact(Math.multiplyExact(value, 10), in[at++] - '0');
                digits++;
            }
        } catch (ArithmeticException e) {
            throw malformed("a number too large");
        }
        if (digits == 0) {
            throw malformed("a whole number was expected");
        }
        return negative ? -value : value;
    }

    private String text() {
        if (literal("null")) {
            return null;
        }
        string();
        return new String(source, from, to - from, StandardCharsets.UTF_8);
    }

    private byte[] base64() {
        byte[] bytes = bytes();
        try {
            return bytes == null ? null : Base64.getDecoder().decode(bytes);
        } catch (IllegalArgumentException e) {
            throw malformed("base64 that does not decode");
        }
    }

    /** A string's bytes with its escapes undone, or null for a JSON null. */
    private byte[] bytes() {
        if (literal("null")) {
            return null;
        }
        string();
        return Arrays.copyOfRange(source, from, to);
    }

    /**
     * Reads a string and leaves its bytes, escapes undone, at [{@link #from}, {@link #to}) of {@link #source}:
     * the line itself when the string has no escape, else a buffer of the unescaped bytes.
     */
    private void string() {
        expect('"');
        int begin = at;
        scanPlain();
        if (at < end && in[at] == '"') {
            source = in;
            from = begin;
            to = at++;
            return;
        }
        int length = 0;
        int run = begin;
        while (true) {
            int plain = at - run;
            room(length + plain + 4);
            System.arraycopy(in, run, unescaped, length, plain);
            length += plain;
            if (at >= end) {
                throw malformed("a string that does not end");
            }
            if (in[at++] == '"') {
                source = unescaped;
                from = 0;
                to = length;
                return;
            }
            if (at >= end) {
                throw malformed("a string that does not end");
            }
            byte escape = in[at++];
            switch (escape) {
                case '"', '\\', '/' -> unescaped[length++] = escape;
                case 'b' -> unescaped[length++] = '\b';
                case 'f' -> unescaped[length++] = '\f';
                case 'n' -> unescaped[length++] = '\n';
                case 'r' -> unescaped[length++] = '\r';
                case 't' -> unescaped[length++] = '\t';
                case 'u' -> length = unicode(length);
                default -> throw malformed("an unknown escape \\" + (char) escape);
            }
            run = at;
            scanPlain();
        }
    }

    /**
     * Moves past bytes that stand for themselves in a string, up to a quote, a backslash or the end. Eight bytes
     * at a time: payloads are most of an export, and this loop is most of reading one.
     */
    private void scanPlain() {
        while (at + Long.BYTES <= end) {
            long word = (long) LONGS.get(in, at);
            long stop = zeroByte(word ^ QUOTES) | zeroByte(word ^ BACKSLASHES) | ((word - SPACES) & ~word & HIGHS);
            if (stop != 0) {
                at += Long.numberOfTrailingZeros(stop) >>> 3;
                break;
            }
            at += Long.BYTES;
        }
        while (at < end) {
            byte b = in[at];
            if (b == '"' || b == '\\') {
                return;
            }
            if (b >= 0 && b < 0x20) {
                throw malformed("a control character inside a string");
            }
            at++;
        }
    }

    /** The high bit set in each byte of {@code word} that is zero (exact for the lowest; higher ones may err). */
    private static long zeroByte(long word) {
        return (word - ONES) & ~word & HIGHS;
    }

    /** Makes the buffer of unescaped bytes, kept from string to string, hold at least {@code length}. */
    private void room(int length) {
        if (unescaped.length < length) {
            unescaped = Arrays.copyOf(unescaped, Math.max(length, unescaped.length * 2));
        }
    }

    /** A \\uXXXX escape, with the low half of a surrogate pair when it is the high half, as UTF-8. */
    private int unicode(int length) {
        int c = hex4();
        if (Character.isHighSurrogate((char) c)) {
            if (at + 6 > end || in[at] != '\\' || in[at + 1] != 'u') {
                throw malformed("half a surrogate pair");
            }
            at += 2;
            int low = hex4();
            if (!Character.isLowSurrogate((char) low)) {
                throw malformed("half a surrogate pair");
            }
            c = Character.toCodePoint((char) c, (char) low);
        } else if (Character.isLowSurrogate((char) c)) {
            throw malformed("half a surrogate pair");
        }
        byte[] utf8 = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, unescaped, length, utf8.length);
        return length + utf8.length;
    }

    private int hex4() {
        if (at + 4 > end) {
            throw malformed("a \\u escape cut short");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[at++], 16);
            if (digit < 0) {
                throw malformed("a \\u escape that is not hex");
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** Passes over a value of any kind: a field this version does not know. */
    private void skipValue() {
        int b = peek();
        if (b == '"') {
            string();
        } else if (b == '{' || b == '[') {
            int depth = 0;
            do {
                b = peek();
                if (b == '"') {
                    string();
                    continue;
                }
                if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                } else if (b == -1) {
                    throw malformed("an object or array that does not end");
                }
                at++;
            } while (depth > 0);
        } else if (!literal("null") && !literal("true") && !literal("false")) {
            int start = at;
            while (at < end && "+-0123456789.eE".indexOf(in[at]) >= 0) {
                at++;
            }
            if (at == start) {
                throw malformed("a value was expected");
            }
        }
    }

    private boolean literal(String word) {
        int length = word.length();
        if (at + length > end) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (in[at + i] != word.charAt(i)) {
                return false;
            }
        }
        at += length;
        return true;
    }

    /** Spaces within a line; a newline ends the line, so an object must not span lines. */
    private int skipSpace() {
        while (at < end && (in[at] == ' ' || in[at] == '\t' || in[at] == '\r')) {
            at++;
        }
        return peek();
    }

    private int peek() {
        return at < end ? in[at] : -1;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw malformed("'" + c + "' was expected");
        }
        at++;
    }

    private MalformedExportException malformed(String problem) {
        return new MalformedExportException(line, problem);
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

        LedgerRow row(long line) {
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
    }
}
