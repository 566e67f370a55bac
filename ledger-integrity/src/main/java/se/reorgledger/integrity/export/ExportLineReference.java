package se.reorgledger.integrity.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.LedgerEntry;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * The specification of an export line, read plainly with Jackson: what {@link ExportLineParser} and
 * {@link IntactChunk} read fast from the bytes must always come to the same rows and the same verdict (a
 * differential test holds them to it). A line is UTF-8 JSON (RFC 8259), one object; its first field {@code head}
 * makes it the head line; known fields have the types below and appear at most once, unknown ones may hold any
 * value and repeat. Slow, and never used to verify an export: only to say what a line means.
 */
public final class ExportLineReference {

    /** JSON as RFC 8259 has it, without the limits Jackson sets by default on depth and length. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Set<String> KNOWN_FIELDS = Set.of("position", "globalIndex", "eventIdentifier",
            "aggregateIdentifier", "sequenceNumber", "payloadType", "payloadRevision", "recordedAt", "principal",
            "decisionId", "effectiveDate", "payload", "payloadBase64", "metaData", "metaDataBase64", "entryHash",
            "chainHash");

    private ExportLineReference() {
    }

    /** Whether a line holds nothing but spaces: it is passed over. */
    public static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The row line {@code number} stands for, or null when it is the head line. */
    public static LedgerRow row(byte[] line, long number) {
        JsonNode object = parse(line, number);
        Iterator<String> names = object.fieldNames();
        if (names.hasNext() && names.next().equals("head")) {
            return null;
        }
        Long globalIndex = whole(object, "globalIndex", number);
        Long position = whole(object, "position", number);
        Long sequenceNumber = whole(object, "sequenceNumber", number);
        if (object.has("payload") && object.has("payloadBase64")
                || object.has("metaData") && object.has("metaDataBase64")) {
            throw new MalformedExportException(number, "it gives the same bytes both as text and as base64");
        }
        byte[] payload = object.has("payloadBase64") ? base64(object, "payloadBase64", number)
                : utf8(object, "payload", number);
        byte[] metaData = object.has("metaDataBase64") ? base64(object, "metaDataBase64", number)
                : utf8(object, "metaData", number);
        String eventIdentifier = text(object, "eventIdentifier", number);
        if (globalIndex == null) {
            throw new MalformedExportException(number, "it has no globalIndex");
        }
        boolean hasEvent = eventIdentifier != null || payload != null;
        if (hasEvent && (payload == null || sequenceNumber == null)) {
            throw new MalformedExportException(number, "an event needs its payload and sequenceNumber");
        }
        if (!hasEvent && position == null) {
            throw new MalformedExportException(number, "it has neither an event nor a position in the chain");
        }
        LedgerEntry entry = hasEvent ? new LedgerEntry(new StoredEvent(globalIndex, eventIdentifier,
                text(object, "aggregateIdentifier", number), sequenceNumber, text(object, "payloadType", number),
                text(object, "payloadRevision", number), text(object, "recordedAt", number), payload, metaData),
                text(object, "principal", number), text(object, "decisionId", number),
                text(object, "effectiveDate", number)) : null;
        ChainLink link = position == null ? null : new ChainLink(position, globalIndex,
                text(object, "entryHash", number), text(object, "chainHash", number));
        return new LedgerRow(globalIndex, entry, link);
    }

    private static JsonNode parse(byte[] line, long number) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedExportException(number, "it is not UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedExportException(number, "it is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedExportException(number, "it is not a JSON object");
        }
        requireWholeCharacters(node, number);
        requireKnownFieldsOnce(text, number);
        return node;
    }

    /**
     * Refuses a known field given twice (the tree keeps only the last): which of two payloads or global indexes
     * a line means must never depend on the reader. A head line ends its check at its first field.
     */
    private static void requireKnownFieldsOnce(String text, long number) {
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            parser.nextToken();
            Set<String> seen = new HashSet<>();
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                if (seen.isEmpty() && name.equals("head")) {
                    return;
                }
                if (KNOWN_FIELDS.contains(name) && !seen.add(name)) {
                    throw new MalformedExportException(number, "it gives " + name + " twice");
                }
                seen.add(name);
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new MalformedExportException(number, "it is not JSON");
        }
    }

    /** Refuses half a surrogate pair anywhere, in a name or a string: it stands for no character. */
    private static void requireWholeCharacters(JsonNode node, long number) {
        Deque<JsonNode> left = new ArrayDeque<>(List.of(node));
        while (!left.isEmpty()) {
            JsonNode next = left.pop();
            if (next.isTextual()) {
                requireWholeCharacters(next.textValue(), number);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = next.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                requireWholeCharacters(field.getKey(), number);
                left.push(field.getValue());
            }
            if (next.isArray()) {
                next.forEach(left::push);
            }
        }
    }

    private static void requireWholeCharacters(String text, long number) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new MalformedExportException(number, "half a surrogate pair");
            }
        }
    }

    private static Long whole(JsonNode object, String name, long number) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new MalformedExportException(number, name + " is not a whole number");
        }
        return value.longValue();
    }

    private static String text(JsonNode object, String name, long number) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedExportException(number, name + " is not a string");
        }
        return value.textValue();
    }

    private static byte[] utf8(JsonNode object, String name, long number) {
        String text = text(object, name, number);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] base64(JsonNode object, String name, long number) {
        String text = text(object, name, number);
        try {
            return text == null ? null : Base64.getDecoder().decode(text.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new MalformedExportException(number, "base64 that does not decode");
        }
    }
}
