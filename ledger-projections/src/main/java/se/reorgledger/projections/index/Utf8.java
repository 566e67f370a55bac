package se.reorgledger.projections.index;

/**
 * Encodes a text as UTF-8 straight into a buffer, byte for byte what {@code String.getBytes(UTF_8)} gives (an
 * unpaired surrogate as {@code '?'}), so that a digest can feed millions of texts without an array for each.
 */
final class Utf8 {

    /** The most bytes a character takes: three; a surrogate pair takes four for its two characters. */
    static final int MAX_BYTES_PER_CHAR = 3;

    private Utf8() {
    }

    /**
     * Writes {@code text}'s UTF-8 bytes at {@code at}, where at least {@link #MAX_BYTES_PER_CHAR} bytes a character
     * are free, and gives the index after the last byte written.
     */
    static int encode(String text, byte[] into, int at) {
        int length = text.length();
        int i = 0;
        // Nearly every text the ledger holds is ASCII: a byte a character, nothing to decide.
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            into[at++] = (byte) c;
        }
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                into[at++] = (byte) c;
            } else if (c < 0x800) {
                into[at++] = (byte) (0xc0 | c >> 6);
                into[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < length ? text.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int point = Character.toCodePoint(c, low);
                    into[at++] = (byte) (0xf0 | point >> 18);
                    into[at++] = (byte) (0x80 | point >> 12 & 0x3f);
                    into[at++] = (byte) (0x80 | point >> 6 & 0x3f);
                    into[at++] = (byte) (0x80 | point & 0x3f);
                    i++;
                } else {
                    into[at++] = '?';
                }
            } else {
                into[at++] = (byte) (0xe0 | c >> 12);
                into[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                into[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return at;
    }
}
