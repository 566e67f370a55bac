package se.reorgledger.integrity.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The canonical form of a ledger entry and its hashes (version 1, see docs/ledger-integrity.md).
 *
 * <p>An entry is encoded as the fields of {@link EntryField} in their order, each a 4-byte big-endian length
 * followed by its bytes, the first the tag {@code reorg-ledger-entry/1}. The principal, decision and effective date
 * are also inside the payload and metadata; they are named separately so that an auditor reading an export sees
 * what the hash covers. {@code entryHash = SHA-256(encoding)}; {@code chainHash(n) = SHA-256(chainHash(n-1) ||
 * entryHash(n))} with 32 zero bytes before the first entry.
 */
public final class EntryHashing {

    public static final String GENESIS = "0".repeat(64);
    private static final byte[] TAG = "reorg-ledger-entry/1".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] NO_BYTES = new byte[0];
    /** One digest per thread, reset by every digest(): hashing a million entries looks the algorithm up once. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(EntryHashing::sha256);
    private static final ThreadLocal<Encoding> ENCODING = ThreadLocal.withInitial(() -> new Encoding(4096));

    private EntryHashing() {
    }

    public static byte[] encode(long position, StoredEvent event) {
        String[] payload = textFields(event.payload(), "decisionId", "effectiveDate");
        return encode(position, event, principal(event.metaData()), payload[0], payload[1]);
    }

    /**
     * The same encoding with the principal, decision and effective date as given rather than read from the
     * payload and metadata: an export states them, and hashing what it states means that a stated field which
     * differs from the bytes changes the hash. When they are the derived values the bytes are those of
     * {@link #encode(long, StoredEvent)}.
     */
    public static byte[] encode(long position, StoredEvent event, String principal, String decisionId,
                                String effectiveDate) {
        Encoding encoding = new Encoding(event.payload().length + 512);
        encode(position, event, principal, decisionId, effectiveDate, encoding);
        return encoding.bytes();
    }

    public static String entryHash(long position, StoredEvent event) {
        String[] payload = textFields(event.payload(), "decisionId", "effectiveDate");
        return entryHash(position, event, principal(event.metaData()), payload[0], payload[1]);
    }

    public static String entryHash(long position, StoredEvent event, String principal, String decisionId,
                                   String effectiveDate) {
        return Hex.format(entryHashBytes(position, event, principal, decisionId, effectiveDate));
    }

    /** {@link #entryHash(long, StoredEvent, String, String, String)} as the digest's bytes, before hex. */
    static byte[] entryHashBytes(long position, StoredEvent event, String principal, String decisionId,
                                 String effectiveDate) {
        Encoding encoding = ENCODING.get();
        encoding.clear();
        encode(position, event, principal, decisionId, effectiveDate, encoding);
        // The encoding is complete before the digest is touched, so nothing can leave the digest half fed.
        MessageDigest digest = DIGEST.get();
        encoding.digestInto(digest);
        return digest.digest();
    }

    private static void encode(long position, StoredEvent event, String principal, String decisionId,
                               String effectiveDate, Encoding out) {
        fields(position, event, principal, decisionId, effectiveDate, out);
    }

    /**
     * Gives the fields of an entry to {@code sink}, one at a time in the order of {@link EntryField}: where the v1
     * encoding takes each field's value from. Null text and null bytes are given as null; bytes are given as the
     * entry holds them (the tag's are shared), to be read, never changed.
     */
    public static void fields(long position, StoredEvent event, String principal, String decisionId,
                              String effectiveDate, FieldSink sink) {
        for (EntryField field : EntryField.ALL) {
            switch (field) {
                case TAG -> sink.bytes(field, TAG);
                case POSITION -> sink.number(field, position);
                case GLOBAL_INDEX -> sink.number(field, event.globalIndex());
                case EVENT_IDENTIFIER -> sink.text(field, event.eventIdentifier());
                case AGGREGATE_IDENTIFIER -> sink.text(field, event.aggregateIdentifier());
                case SEQUENCE_NUMBER -> sink.number(field, event.sequenceNumber());
                case PAYLOAD_TYPE -> sink.text(field, event.payloadType());
                case PAYLOAD_REVISION -> sink.text(field, event.payloadRevision());
                case RECORDED_AT -> sink.text(field, event.recordedAt());
                case PRINCIPAL -> sink.text(field, principal);
                case DECISION_ID -> sink.text(field, decisionId);
                case EFFECTIVE_DATE -> sink.text(field, effectiveDate);
                case PAYLOAD -> sink.bytes(field, event.payload());
                case META_DATA -> sink.bytes(field, event.metaData());
                default -> throw new IllegalStateException("no value for the entry field " + field);
            }
        }
    }

    /** What takes an entry's fields from {@link #fields}, each with its value as the entry holds it. */
    public interface FieldSink {

        void number(EntryField field, long value);

        void text(EntryField field, String value);

        void bytes(EntryField field, byte[] value);
    }

    public static String chainHash(String previousChainHash, String entryHash) {
        return Hex.format(chainHash(Hex.parse(previousChainHash), Hex.parse(entryHash)));
    }

    /** {@link #chainHash(String, String)} on the hashes' bytes. */
    public static byte[] chainHash(byte[] previousChainHash, byte[] entryHash) {
        MessageDigest digest = DIGEST.get();
        digest.update(previousChainHash);
        digest.update(entryHash);
        return digest.digest();
    }

    /** Who recorded the event, from its metadata; empty when unknown. */
    public static String principal(byte[] metaData) {
        return textField(metaData, "principal");
    }

    /** The decision an event belongs to, from its payload; empty when it names none. */
    public static String decisionId(byte[] payload) {
        return textField(payload, "decisionId");
    }

    /** The date from which an event's change applies, from its payload; empty when it names none. */
    public static String effectiveDate(byte[] payload) {
        return textField(payload, "effectiveDate");
    }

    static String textField(byte[] json, String name) {
        return textFields(json, name)[0];
    }

    /** Several text fields of one JSON document, read in one parse, each as {@link #textField} reads it. */
    static String[] textFields(byte[] json, String... names) {
        String[] values = new String[names.length];
        Arrays.fill(values, "");
        if (json == null || json.length == 0) {
            return values;
        }
        try {
            JsonNode document = JSON.readTree(json);
            for (int i = 0; i < names.length; i++) {
                JsonNode value = document.get(names[i]);
                values[i] = value == null || value.isNull() ? "" : value.asText();
            }
        } catch (IOException e) {
            // Unreadable bytes hash as they are; verification then reports the entry as altered.
            Arrays.fill(values, "");
        }
        return values;
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The v1 encoding fed one field at a time, for a reader that meets an entry's fields as bytes, as an export line
     * lists them: it hashes what it reads without building the event's strings first. Each field is given as
     * {@link #fields} gives it (text as its UTF-8, null text or bytes as no bytes) and must come in the order of
     * {@link EntryField}; a field given out of that order, or an entry abandoned, gets no hash here, and a reader that
     * meets the fields in another order hashes the entry instead. One per thread, reused entry after entry.
     */
    public static final class Encoder {

        private static final int NOT_STARTED = -1;
        private static final int ABANDONED = -2;
        private static final int COMPLETE = EntryField.ALL.length;

        private final Encoding encoding = new Encoding(4096);
        private final MessageDigest digest = sha256();
        /** The ordinal of the field expected next, or one of the states above. */
        private int expected = NOT_STARTED;

        /** Forgets the entry begun, if any: the next one is begun by {@link #start(long)}. */
        public void reset() {
            expected = NOT_STARTED;
        }

        /**
         * Starts an entry at {@code position}: the tag and the position, the fields that no reader holds. An entry
         * begun already is abandoned instead: its position was given twice.
         */
        public void start(long position) {
            if (expected != NOT_STARTED) {
                expected = ABANDONED;
                return;
            }
            encoding.clear();
            encoding.field(TAG);
            encoding.field(position);
            expected = EntryField.GLOBAL_INDEX.ordinal();
        }

        /** Gives up the entry: it gets no hash here. */
        public void abandon() {
            expected = ABANDONED;
        }

        public void number(EntryField field, long number) {
            if (takes(field)) {
                encoding.field(number);
            }
        }

        public void bytes(EntryField field, byte[] source, int from, int to) {
            if (takes(field)) {
                encoding.field(source, from, to);
            }
        }

        /** The entry hash of the fields given since {@link #start(long)}; null unless all were given, in order. */
        public byte[] hash() {
            if (expected != COMPLETE) {
                return null;
            }
            encoding.digestInto(digest);
            return digest.digest();
        }

        private boolean takes(EntryField field) {
            if (field.ordinal() == expected) {
                expected++;
                return true;
            }
            expected = ABANDONED;
            return false;
        }
    }

    /**
     * The bytes of an encoding as they are written: each field a 4-byte big-endian length and the bytes; a number
     * as its decimal digits, text as UTF-8, null text as no bytes. Kept per thread and reused, so that hashing a
     * million entries does not allocate for each field.
     */
    private static final class Encoding implements FieldSink {

        private byte[] bytes;
        private int length;

        Encoding(int capacity) {
            bytes = new byte[capacity];
        }

        void clear() {
            length = 0;
        }

        @Override
        public void number(EntryField field, long number) {
            field(number);
        }

        @Override
        public void text(EntryField field, String text) {
            field(text);
        }

        @Override
        public void bytes(EntryField field, byte[] value) {
            field(value == null ? NO_BYTES : value);
        }

        /** As {@code field(Long.toString(number))}, with the digits written in place. */
        void field(long number) {
            if (number == Long.MIN_VALUE) {
                field(Long.toString(number));
                return;
            }
            long magnitude = Math.abs(number);
            int digits = 1;
            for (long rest = magnitude / 10; rest != 0; rest /= 10) {
                digits++;
            }
            int size = digits + (number < 0 ? 1 : 0);
            room(4 + size);
            lengthAt(length, size);
            int at = length + 4 + size;
            do {
                bytes[--at] = (byte) ('0' + magnitude % 10);
                magnitude /= 10;
            } while (magnitude != 0);
            if (number < 0) {
                bytes[--at] = '-';
            }
            length += 4 + size;
        }

        void field(String text) {
            field(text == null ? NO_BYTES : text.getBytes(StandardCharsets.UTF_8));
        }

        void field(byte[] value) {
            field(value, 0, value.length);
        }

        void field(byte[] source, int from, int to) {
            int size = to - from;
            room(4 + size);
            lengthAt(length, size);
            System.arraycopy(source, from, bytes, length + 4, size);
            length += 4 + size;
        }

        void digestInto(MessageDigest digest) {
            digest.update(bytes, 0, length);
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }

        private void lengthAt(int at, int value) {
            bytes[at] = (byte) (value >>> 24);
            bytes[at + 1] = (byte) (value >>> 16);
            bytes[at + 2] = (byte) (value >>> 8);
            bytes[at + 3] = (byte) value;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
            }
        }
    }
}
