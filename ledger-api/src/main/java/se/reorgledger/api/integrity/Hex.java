package se.reorgledger.api.integrity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lower-case hex of hashes, as {@link java.util.HexFormat} writes and reads it, by table: verifying a million
 * events converts some four million hashes, and this is a visible share of it.
 */
public final class Hex {

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VALUES = new byte[128];

    static {
        Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) {
            VALUES['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            VALUES['a' + i] = (byte) (10 + i);
            VALUES['A' + i] = (byte) (10 + i);
        }
    }

    private Hex() {
    }

    public static String format(byte[] bytes) {
        byte[] text = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            text[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            text[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** The bytes of an even number of hex digits in either case; anything else is an IllegalArgumentException. */
    public static byte[] parse(String hex) {
        int length = hex.length();
        if ((length & 1) != 0) {
            throw new IllegalArgumentException("an odd number of hex digits");
        }
        byte[] bytes = new byte[length / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = digit(hex.charAt(2 * i));
            int low = digit(hex.charAt(2 * i + 1));
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static int digit(char c) {
        int value = c < 128 ? VALUES[c] : -1;
        if (value < 0) {
            throw new IllegalArgumentException("not a hex digit: " + c);
        }
        return value;
    }
}
