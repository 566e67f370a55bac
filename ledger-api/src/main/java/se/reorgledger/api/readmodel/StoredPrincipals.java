package se.reorgledger.api.readmodel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import se.reorgledger.api.config.LedgerMetaData;

/**
 * The principal in an event's stored metadata, as a rebuild reads it for every event. The service's metadata
 * begins with it ({@code {"principal":"…",…}}), and such a plain ASCII string without escapes is read straight
 * from the bytes; any other metadata goes to a JSON parser. Creating that parser cost a fifth of a rebuild's
 * reading, more than reading the payload's dates.
 */
final class StoredPrincipals {

    private static final byte[] LEADING = ("{\"" + LedgerMetaData.PRINCIPAL + "\":\"")
            .getBytes(StandardCharsets.US_ASCII);

    private final JsonFactory json;

    StoredPrincipals(JsonFactory json) {
        this.json = json;
    }

    /** The principal, or null when the metadata names none. */
    String of(byte[] metaData) throws IOException {
        if (metaData == null || metaData.length == 0) {
            return null;
        }
        String leading = leading(metaData);
        return leading != null ? leading : parsed(metaData);
    }

    /** The principal when it is the first field and plain ASCII text; else null, for the parser to decide. */
    private static String leading(byte[] metaData) {
        if (metaData.length <= LEADING.length
                || !Arrays.equals(metaData, 0, LEADING.length, LEADING, 0, LEADING.length)) {
            return null;
        }
        for (int i = LEADING.length; i < metaData.length; i++) {
            byte b = metaData[i];
            if (b == '"') {
                return new String(metaData, LEADING.length, i - LEADING.length, StandardCharsets.US_ASCII);
            }
            if (b == '\\' || b < 0x20) {
                // An escape, a control character or a byte of a multi-byte character (negative).
                return null;
            }
        }
        return null;
    }

    /** The principal read by a JSON parser, without building the metadata's map. */
    private String parsed(byte[] metaData) throws IOException {
        try (JsonParser parser = json.createParser(metaData)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (LedgerMetaData.PRINCIPAL.equals(field)) {
                    return value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
                }
                parser.skipChildren();
            }
            return null;
        }
    }
}
