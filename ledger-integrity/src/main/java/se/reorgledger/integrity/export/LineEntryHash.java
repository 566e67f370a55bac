package se.reorgledger.integrity.export;

import java.nio.charset.StandardCharsets;
import se.reorgledger.integrity.chain.EntryHashing;

/**
 * The entry hash of an export line at its link's position, computed while the line is read. A line lists the
 * fields of the v1 encoding in the encoding's own order, so each can be fed to the encoder as the parser meets it,
 * from the line's bytes, with no second pass over the event's strings. A line that lists them otherwise (a field
 * moved, repeated or missing) gets no hash here, and its entry is hashed from its strings as any other.
 */
final class LineEntryHash {

    /** Slots of the encoding after the position, numbered as {@link ExportLineParser} numbers its keys. */
    static final int GLOBAL_INDEX = 1;
    static final int PAYLOAD = 11;
    static final int META_DATA = 12;
    private static final int NOT_STARTED = -1;
    private static final int BROKEN = -2;
    private static final byte[] NOTHING = new byte[0];

    private final EntryHashing.Encoder encoder = new EntryHashing.Encoder();
    /** The last slot fed, or one of the states above. */
    private int fed = NOT_STARTED;

    void newLine() {
        fed = NOT_STARTED;
    }

    /** The position, the first field a line must give for the hash to be computed here. */
    void position(Long position) {
        if (fed == NOT_STARTED && position != null) {
            encoder.start(position);
            fed = 0;
        } else {
            fed = BROKEN;
        }
    }

    void number(int slot, Long value) {
        if (value == null) {
            fed = BROKEN;
        } else if (takes(slot)) {
            encoder.number(value);
        }
    }

    /** A text field, with the bytes its string was made of: those are its UTF-8 when they are plain ASCII. */
    void text(int slot, String value, JsonLineScanner json) {
        if (!takes(slot)) {
            return;
        }
        if (value == null) {
            encoder.bytes(NOTHING, 0, 0);
        } else {
            encodeLastText(encoder, json);
        }
    }

    /**
     * Feeds the string {@code json} read last to the encoder as the encoding takes text: the UTF-8 of the string
     * it decodes to, which is its own bytes when they are plain ASCII.
     */
    static void encodeLastText(EntryHashing.Encoder encoder, JsonLineScanner json) {
        if (json.lastStringIsAscii()) {
            encoder.bytes(json.lastSource(), json.lastFrom(), json.lastTo());
        } else {
            byte[] utf8 = new String(json.lastSource(), json.lastFrom(), json.lastTo() - json.lastFrom(),
                    StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            encoder.bytes(utf8, 0, utf8.length);
        }
    }

    /** Payload or metadata; a null payload is no event, null metadata is encoded as no bytes. */
    void bytes(int slot, byte[] value) {
        if (value == null && slot == PAYLOAD) {
            fed = BROKEN;
        } else if (takes(slot)) {
            encoder.bytes(value == null ? NOTHING : value, 0, value == null ? 0 : value.length);
        }
    }

    /** The line's entry hash at its position, or null when it was not computed here. */
    byte[] hash() {
        return fed == META_DATA ? encoder.hash() : null;
    }

    private boolean takes(int slot) {
        if (fed == slot - 1) {
            fed = slot;
            return true;
        }
        fed = BROKEN;
        return false;
    }
}
