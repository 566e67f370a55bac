package se.reorgledger.integrity.export;

import java.nio.charset.StandardCharsets;
import se.reorgledger.integrity.chain.EntryField;
import se.reorgledger.integrity.chain.EntryHashing;

/**
 * The entry hash of an export line at its link's position, computed while the line is read. A line lists the
 * fields of the v1 encoding in the encoding's own order ({@link EntryField}), so each can be fed to the encoder as
 * the parser meets it, from the line's bytes, with no second pass over the event's strings. A line that lists them
 * otherwise (a field moved, repeated or missing) gets no hash here, and its entry is hashed from its strings as any
 * other.
 */
final class LineEntryHash {

    private static final byte[] NOTHING = new byte[0];

    private final EntryHashing.Encoder encoder = new EntryHashing.Encoder();

    void newLine() {
        encoder.reset();
    }

    /** The position, the first field a line must give for the hash to be computed here. */
    void position(Long position) {
        if (position == null) {
            encoder.abandon();
        } else {
            encoder.start(position);
        }
    }

    void number(EntryField field, Long value) {
        if (value == null) {
            encoder.abandon();
        } else {
            encoder.number(field, value);
        }
    }

    /** A text field, with the bytes its string was made of: those are its UTF-8 when they are plain ASCII. */
    void text(EntryField field, String value, JsonLineScanner json) {
        if (value == null) {
            encoder.bytes(field, NOTHING, 0, 0);
        } else {
            encodeLastText(encoder, field, json);
        }
    }

    /**
     * Feeds the string {@code json} read last to the encoder as the encoding takes text: the UTF-8 of the string
     * it decodes to, which is its own bytes when they are plain ASCII.
     */
    static void encodeLastText(EntryHashing.Encoder encoder, EntryField field, JsonLineScanner json) {
        if (json.lastStringIsAscii()) {
            encoder.bytes(field, json.lastSource(), json.lastFrom(), json.lastTo());
        } else {
            byte[] utf8 = new String(json.lastSource(), json.lastFrom(), json.lastTo() - json.lastFrom(),
                    StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            encoder.bytes(field, utf8, 0, utf8.length);
        }
    }

    /** Payload or metadata; a null payload is no event, null metadata is encoded as no bytes. */
    void bytes(EntryField field, byte[] value) {
        if (value == null && field == EntryField.PAYLOAD) {
            encoder.abandon();
        } else {
            encoder.bytes(field, value == null ? NOTHING : value, 0, value == null ? 0 : value.length);
        }
    }

    /** The line's entry hash at its position, or null when it was not computed here. */
    byte[] hash() {
        return encoder.hash();
    }
}
