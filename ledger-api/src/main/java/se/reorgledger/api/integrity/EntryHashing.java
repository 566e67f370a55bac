package se.reorgledger.api.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical form of a ledger entry and its hashes (version 1, see docs/ledger-integrity.md).
 *
 * <p>An entry is encoded as a fixed sequence of fields, each a 4-byte big-endian length followed by its bytes:
 * the tag {@code reorg-ledger-entry/1}, position, global index, event identifier, aggregate identifier,
 * sequence number, payload type, payload revision, recorded time, principal, decision id, effective date,
 * payload bytes, metadata bytes. The principal, decision and effective date are also inside the payload and
 * metadata; they are named separately so that an auditor reading an export sees what the hash covers.
 * {@code entryHash = SHA-256(encoding)}; {@code chainHash(n) = SHA-256(chainHash(n-1) || entryHash(n))} with
 * 32 zero bytes before the first entry.
 */
public final class EntryHashing {

    public static final String GENESIS = "0".repeat(64);
    private static final byte[] TAG = "reorg-ledger-entry/1".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private EntryHashing() {
    }

    public static byte[] encode(long position, StoredEvent event) {
        return encode(position, event, principal(event.metaData()), decisionId(event.payload()),
                effectiveDate(event.payload()));
    }

    /**
     * The same encoding with the principal, decision and effective date as given rather than read from the
     * payload and metadata: an export states them, and hashing what it states means that a stated field which
     * differs from the bytes changes the hash. When they are the derived values the bytes are those of
     * {@link #encode(long, StoredEvent)}.
     */
    public static byte[] encode(long position, StoredEvent event, String principal, String decisionId,
                                String effectiveDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(event.payload().length + 512);
        field(out, TAG);
        field(out, Long.toString(position));
        field(out, Long.toString(event.globalIndex()));
        field(out, event.eventIdentifier());
        field(out, event.aggregateIdentifier());
        field(out, Long.toString(event.sequenceNumber()));
        field(out, event.payloadType());
        field(out, event.payloadRevision());
        field(out, event.recordedAt());
        field(out, principal);
        field(out, decisionId);
        field(out, effectiveDate);
        field(out, event.payload());
        field(out, event.metaData() == null ? new byte[0] : event.metaData());
        return out.toByteArray();
    }

    public static String entryHash(long position, StoredEvent event) {
        return HEX.formatHex(sha256().digest(encode(position, event)));
    }

    public static String entryHash(long position, StoredEvent event, String principal, String decisionId,
                                   String effectiveDate) {
        return HEX.formatHex(sha256().digest(encode(position, event, principal, decisionId, effectiveDate)));
    }

    public static String chainHash(String previousChainHash, String entryHash) {
        MessageDigest digest = sha256();
        digest.update(HEX.parseHex(previousChainHash));
        digest.update(HEX.parseHex(entryHash));
        return HEX.formatHex(digest.digest());
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
        if (json == null || json.length == 0) {
            return "";
        }
        try {
            JsonNode value = JSON.readTree(json).get(name);
            return value == null || value.isNull() ? "" : value.asText();
        } catch (IOException e) {
            // Unreadable bytes hash as they are; verification then reports the entry as altered.
            return "";
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void field(ByteArrayOutputStream out, String value) {
        field(out, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }
}
