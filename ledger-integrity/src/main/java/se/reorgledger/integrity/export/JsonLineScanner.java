package se.reorgledger.integrity.export;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads JSON values from the UTF-8 bytes of export lines, one after another: strings with their escapes undone
 * into bytes (never decoded to text and encoded back), whole numbers, and any other value passed over. Spaces
 * are skipped within a line only; a newline ends the line, and {@link #line()} counts them.
 */
final class JsonLineScanner {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    private static final long SPACES = ' ' * ONES;

    private final byte[] in;
    private final int end;
    private int at;
    private long line;
    /** Where the last string read lies: in the line, or in {@link #unescaped}. */
    private byte[] source;
    private int from;
    private int to;
    private byte[] unescaped = new byte[1024];

    JsonLineScanner(byte[] in, int start, int end, long line) {
        this.in = in;
        this.at = start;
        this.end = end;
        this.line = line;
    }

    long line() {
        return line;
    }

    /** Whether the string read last is exactly {@code bytes}. */
    boolean lastStringIs(byte[] bytes) {
        return Arrays.equals(bytes, 0, bytes.length, source, from, to);
    }

    byte[] lastSource() {
        return source;
    }

    int lastFrom() {
        return from;
    }

    int lastTo() {
        return to;
    }

    /** Whether the string read last is plain ASCII: then its bytes are the UTF-8 of any text made of them. */
    boolean lastStringIsAscii() {
        long any = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            any |= (long) LONGS.get(source, i);
        }
        for (; i < to; i++) {
            any |= source[i];
        }
        return (any & HIGHS) == 0;
    }

    /** After an object: nothing but spaces up to the newline that ends the line, or the end. */
    void endOfLine() {
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
    int skipBlankLines() {
        while (at < end && (in[at] == ' ' || in[at] == '\t' || in[at] == '\r' || in[at] == '\n')) {
            if (in[at] == '\n') {
                line++;
            }
            at++;
        }
        return peek();
    }

    Long number() {
        if (literal("null")) {
            return null;
        }
        boolean negative = peek() == '-';
        if (negative) {
            at++;
        }
        int first = at;
        // Summed below zero, where a long reaches one further: -9223372036854775808 is a long.
        long value = 0;
        try {
            while (at < end && in[at] >= '0' && in[at] <= '9') {
                value = Math.subtractExact(Math.multiplyExact(value, 10), in[at++] - '0');
            }
            if (at == first) {
                throw malformed("a whole number was expected");
            }
            if (in[first] == '0' && at - first > 1) {
                throw malformed("a number with a leading zero");
            }
            return negative ? value : Math.negateExact(value);
        } catch (ArithmeticException e) {
            throw malformed("a number too large");
        }
    }

    /** Passes over a JSON null; whether there was one. */
    boolean nullLiteral() {
        return literal("null");
    }

    String text() {
        if (literal("null")) {
            return null;
        }
        string();
        return new String(source, from, to - from, StandardCharsets.UTF_8);
    }

    byte[] base64() {
        byte[] bytes = bytes();
        try {
            return bytes == null ? null : Base64.getDecoder().decode(bytes);
        } catch (IllegalArgumentException e) {
            throw malformed("base64 that does not decode");
        }
    }

    /** A string's bytes with its escapes undone, or null for a JSON null. */
    byte[] bytes() {
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
    void string() {
        expect('"');
        int begin = at;
        scanPlain();
        if (at < end && in[at] == '"') {
            source = in;
            from = begin;
            to = at++;
            requireUtf8();
            return;
        }
        // An escape: from here on, bytes are copied into the buffer while they are scanned, a word at a time.
        int length = at - begin;
        room(length + 4);
        System.arraycopy(in, begin, unescaped, 0, length);
        while (true) {
            if (at >= end) {
                throw malformed("a string that does not end");
            }
            if (in[at++] == '"') {
                source = unescaped;
                from = 0;
                to = length;
                requireUtf8();
                return;
            }
            if (at >= end) {
                throw malformed("a string that does not end");
            }
            room(length + 4);
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
            length = copyPlain(length);
        }
    }

    /**
     * Refuses a string read last whose bytes are not UTF-8 (RFC 3629: no stray continuation byte, no overlong form,
     * no surrogate, nothing past U+10FFFF). JSON text is UTF-8, and the reference reader refuses such a line too.
     * Eight bytes at a time while they are ASCII, which nearly all of an export is.
     */
    private void requireUtf8() {
        int i = from;
        while (i < to) {
            if (i + Long.BYTES <= to && ((long) LONGS.get(source, i) & HIGHS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int b = source[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int more = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
            if (more < 0 || i + more >= to) {
                throw malformed("a string that is not UTF-8");
            }
            int second = source[i + 1] & 0xff;
            int low = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
            int high = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
            if (second < low || second > high) {
                throw malformed("a string that is not UTF-8");
            }
            for (int k = 2; k <= more; k++) {
                if ((source[i + k] & 0xc0) != 0x80) {
                    throw malformed("a string that is not UTF-8");
                }
            }
            i += more + 1;
        }
    }

    /**
     * Moves past bytes that stand for themselves in a string, up to a quote, a backslash or the end. Eight bytes
     * at a time: payloads are most of an export, and this loop is most of reading one.
     */
    private void scanPlain() {
        while (at + Long.BYTES <= end) {
            long word = (long) LONGS.get(in, at);
            long stop = stops(word);
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

    /**
     * As {@link #scanPlain()}, and copies the bytes it passes into the buffer from {@code length} on; the new
     * length. Each word is written whole before it is looked at, and the length moves on only by the plain bytes
     * in it: payloads are JSON text with an escaped quote every few bytes, and copying run by run cost more than
     * scanning them.
     */
    private int copyPlain(int length) {
        while (at + Long.BYTES <= end) {
            room(length + Long.BYTES);
            long word = (long) LONGS.get(in, at);
            LONGS.set(unescaped, length, word);
            long stop = stops(word);
            if (stop != 0) {
                int plain = Long.numberOfTrailingZeros(stop) >>> 3;
                at += plain;
                length += plain;
                break;
            }
            at += Long.BYTES;
            length += Long.BYTES;
        }
        while (at < end) {
            byte b = in[at];
            if (b == '"' || b == '\\') {
                return length;
            }
            if (b >= 0 && b < 0x20) {
                throw malformed("a control character inside a string");
            }
            room(length + 1);
            unescaped[length++] = b;
            at++;
        }
        return length;
    }

    /**
     * The high bit set in each byte of {@code word} that ends a run of plain string bytes: a quote, a backslash or
     * a control character. Exact for the lowest such byte, which is the only one read.
     */
    private static long stops(long word) {
        return zeroByte(word ^ QUOTES) | zeroByte(word ^ BACKSLASHES) | ((word - SPACES) & ~word & HIGHS);
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

    /**
     * Passes over a value of any kind, a field this version does not know, refusing what is not JSON as the
     * reference reader does. Containers are followed on a stack of their kinds, not by recursion, so that no line
     * nests deep enough to exhaust the thread's stack.
     */
    void skipValue() {
        StringBuilder open = new StringBuilder();
        while (true) {
            skipSpace();
            int b = peek();
            if (b == '{' || b == '[') {
                at++;
                if (skipSpace() == (b == '{' ? '}' : ']')) {
                    at++;
                } else {
                    open.append((char) b);
                    if (b == '{') {
                        name();
                    }
                    continue;
                }
            } else if (b == '"') {
                string();
            } else if (!literal("null") && !literal("true") && !literal("false")) {
                skipNumber();
            }
            // After a value: close what ends here, and stop when nothing is open; else go on to the next value.
            while (true) {
                if (open.isEmpty()) {
                    return;
                }
                char container = open.charAt(open.length() - 1);
                int next = skipSpace();
                if (next == ',') {
                    at++;
                    if (container == '{') {
                        name();
                    }
                    break;
                }
                expect(container == '{' ? '}' : ']');
                open.setLength(open.length() - 1);
            }
        }
    }

    /** The name of a member in an object, and its colon. */
    private void name() {
        skipSpace();
        if (peek() != '"') {
            throw malformed("a name in quotes was expected");
        }
        string();
        skipSpace();
        expect(':');
    }

    /** A JSON number of any kind: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private void skipNumber() {
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (digits() == 0) {
            throw malformed("a value was expected");
        }
        if (peek() == '.') {
            at++;
            if (digits() == 0) {
                throw malformed("a number without digits after its point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (digits() == 0) {
                throw malformed("a number without digits in its exponent");
            }
        }
    }

    private int digits() {
        int start = at;
        while (at < end && in[at] >= '0' && in[at] <= '9') {
            at++;
        }
        return at - start;
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
    int skipSpace() {
        while (at < end && (in[at] == ' ' || in[at] == '\t' || in[at] == '\r')) {
            at++;
        }
        return peek();
    }

    /** The next byte as 0 to 255, or -1 at the end: a byte such as 0xFF must never read as the end of the line. */
    private int peek() {
        return at < end ? in[at] & 0xff : -1;
    }

    void expect(char c) {
        if (peek() != c) {
            throw malformed("'" + c + "' was expected");
        }
        at++;
    }

    /** A problem of the line being read, named by its number. */
    MalformedExportException malformedHere(String problem) {
        return malformed(problem);
    }

    private MalformedExportException malformed(String problem) {
        return new MalformedExportException(line, problem);
    }
}
