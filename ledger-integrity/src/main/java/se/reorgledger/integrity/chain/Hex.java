package se.reorgledger.integrity.chain;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Lower-case hex of hashes: written and read in general by {@link HexFormat}; read here, by table, only where a
 * hash must be exactly as the ledger writes one (64 lower-case digits) and its bytes go into a buffer the caller
 * holds, which HexFormat cannot do. Verifying a million events reads some four million hashes so.
 */
public final class Hex {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] LOWER_CASE_VALUES = new byte[128];

    static {
        Arrays.fill(LOWER_CASE_VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) {
            LOWER_CASE_VALUES['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            LOWER_CASE_VALUES['a' + i] = (byte) (10 + i);
        }
    }

    private Hex() {
    }

    public static String format(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** The bytes of an even number of hex digits in either case; anything else is an IllegalArgumentException. */
    public static byte[] parse(String hex) {
        return HEX.parseHex(hex);
    }

    /**
     * The 32 bytes of a hash written exactly as {@link #format(byte[])} writes one, 64 lower-case digits; null for
     * any other text, so that a caller can take the bytes for the string and the string for the bytes.
     */
    static byte[] parseHash(String hex) {
        if (hex == null || hex.length() != 64) {
            return null;
        }
        byte[] bytes = new byte[32];
        int invalid = 0;
        for (int i = 0; i < bytes.length; i++) {
            int high = lowerCaseDigit(hex.charAt(2 * i));
            int low = lowerCaseDigit(hex.charAt(2 * i + 1));
            // Checked once at the end: a branch per digit, on random digits, costs more than the lookups.
            invalid |= high | low;
            bytes[i] = (byte) (high << 4 | low);
        }
        return invalid < 0 ? null : bytes;
    }

    /**
     * As {@link #parseHash(String)}, from the bytes {@code [from, to)} of {@code text} into the 32 bytes of
     * {@code out}; whether they were a hash written so.
     */
    public static boolean parseHash(byte[] text, int from, int to, byte[] out) {
        if (to - from != 64) {
            return false;
        }
        int invalid = 0;
        for (int i = 0; i < 32; i++) {
            int high = lowerCaseDigit(text[from + 2 * i]);
            int low = lowerCaseDigit(text[from + 2 * i + 1]);
            invalid |= high | low;
            out[i] = (byte) (high << 4 | low);
        }
        return invalid >= 0;
    }

    private static int lowerCaseDigit(byte b) {
        return b >= 0 ? LOWER_CASE_VALUES[b] : -1;
    }

    private static int lowerCaseDigit(char c) {
        return c < 128 ? LOWER_CASE_VALUES[c] : -1;
    }
}
