package se.reorgledger.projections.index;

import java.util.UUID;

/**
 * An event identifier kept in as little memory as it can: Axon's identifiers are UUIDs, held as two longs in the
 * fields of the entry that records them instead of a 36-character string or a UUID object; any other identifier
 * is kept as given. A national ledger records millions of them.
 */
final class EventId {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

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
        char[] text = new char[36];
        digits(text, 0, high >>> 32, 8);
        text[8] = '-';
        digits(text, 9, high >>> 16, 4);
        text[13] = '-';
        digits(text, 14, high, 4);
        text[18] = '-';
        digits(text, 19, low >>> 48, 4);
        text[23] = '-';
        digits(text, 24, low, 12);
        return new String(text);
    }

    private static long hex(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value << 4 | Character.digit(text.charAt(i), 16);
        }
        return value;
    }

    private static void digits(char[] text, int at, long value, int count) {
        for (int i = count - 1; i >= 0; i--) {
            text[at + i] = DIGITS[(int) (value & 0xf)];
            value >>>= 4;
        }
    }
}
