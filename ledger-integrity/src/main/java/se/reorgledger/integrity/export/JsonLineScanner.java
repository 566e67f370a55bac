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

    /** Passes over a value of any kind: a field this version does not know. */
    void skipValue() {
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
    int skipSpace() {
        while (at < end && (in[at] == ' ' || in[at] == '\t' || in[at] == '\r')) {
            at++;
        }
        return peek();
    }

    private int peek() {
        return at < end ? in[at] : -1;
    }

    void expect(char c) {
        if (peek() != c) {
            throw malformed("'" + c + "' was expected");
        }
        at++;
    }

    private MalformedExportException malformed(String problem) {
        return new MalformedExportException(line, problem);
    }
}
