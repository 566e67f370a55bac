package se.reorgledger.projections.index;

import java.util.UUID;

/**
 * An event identifier kept in as little memory as it can: Axon's identifiers are UUIDs, held as two longs in the
 * fields of the entry that records them instead of a 36-character string or a UUID object; any other identifier
 * is kept as given. A national ledger records millions of them.
 */
final class EventId {

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The length of a UUID's canonical text. */
    static final int TEXT_LENGTH = 36;

    private EventId() {
    }

    /** Whether the identifier is a UUID in its canonical form: lower-case hex, dashes at 8, 13, 18 and 23. */
    static boolean isCanonicalUuid(String eventId) {
        if (eventId == null || eventId.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = eventId.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The high 64 bits of a canonical UUID. */
    static long high(String uuid) {
        return hex(uuid, 0, 8) << 32 | hex(uuid, 9, 13) << 16 | hex(uuid, 14, 18);
    }

    /** The low 64 bits of a canonical UUID. */
    static long low(String uuid) {
        return hex(uuid, 19, 23) << 48 | hex(uuid, 24, 36);
    }

    /** The canonical text of the UUID of these bits. */
    static String text(long high, long low) {
        byte[] text = new byte[TEXT_LENGTH];
        ascii(high, low, text, 0);
        return new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Writes the canonical text of the UUID of these bits, one byte a character, at {@code at}. */
    static void ascii(long high, long low, byte[] text, int at) {
        digits(text, at, high >>> 32, 8);
        text[at + 8] = '-';
        digits(text, at + 9, high >>> 16, 4);
        text[at + 13] = '-';
        digits(text, at + 14, high, 4);
        text[at + 18] = '-';
        digits(text, at + 19, low >>> 48, 4);
        text[at + 23] = '-';
        digits(text, at + 24, low, 12);
    }

    private static long hex(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value << 4 | Character.digit(text.charAt(i), 16);
        }
        return value;
    }

    private static void digits(byte[] text, int at, long value, int count) {
        for (int i = count - 1; i >= 0; i--) {
            text[at + i] = DIGITS[(int) (value & 0xf)];
            value >>>= 4;
        }
    }
}
