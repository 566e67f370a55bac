package se.reorgledger.api.integrity.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import se.reorgledger.api.integrity.ChainLink;
import se.reorgledger.api.integrity.LedgerEntry;
import se.reorgledger.api.integrity.LedgerRow;
import se.reorgledger.api.integrity.StoredEvent;

/**
 * Reads an export line by line into rows, with the bytes exactly as exported: the text of payload and metadata
 * encoded back to UTF-8, or the base64 decoded. Streams, so an export of any length is read in constant memory.
 * The head line is not a row; {@link #trailer(Path)} reads it from the end of the file first.
 */
public final class ExportReader implements AutoCloseable {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int TAIL_BYTES = 64 * 1024;

    private final JsonParser json;

    public ExportReader(InputStream in) throws IOException {
        this.json = FACTORY.createParser(in);
    }

    /** The next row, or null at the end of the export; a head line is passed over. */
    public LedgerRow next() throws IOException {
        while (true) {
            JsonToken token = json.nextToken();
            if (token == null) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new MalformedExportException(line(), "expected a JSON object");
            }
            LedgerRow row = readRow();
            if (row != null) {
                return row;
            }
        }
    }

    /** The head line that closes an export, or null when its last line is no head line. */
    public static ExportTrailer trailer(Path export) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(export.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, TAIL_BYTES);
            byte[] tail = new byte[size];
            file.seek(length - size);
            file.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8).stripTrailing();
            String last = text.substring(text.lastIndexOf('\n') + 1);
            if (!last.startsWith("{\"head\"")) {
                return null;
            }
            return ExportWriter.JSON.readValue(last, ExportTrailer.class);
        }
    }

    private LedgerRow readRow() throws IOException {
        long line = line();
        Fields fields = new Fields();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if ("head".equals(name)) {
                json.skipChildren();
                skipRestOfObject();
                return null;
            }
            fields.read(name, value, json);
        }
        return fields.row(line);
    }

    private void skipRestOfObject() throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            json.nextToken();
            json.skipChildren();
        }
    }

    private long line() {
        return json.currentTokenLocation().getLineNr();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    /** The fields of one line as they come, in any order. */
    private static final class Fields {

        Long position;
        Long globalIndex;
        String eventIdentifier;
        String aggregateIdentifier;
        Long sequenceNumber;
        String payloadType;
        String payloadRevision;
        String recordedAt;
        String principal;
        String decisionId;
        String effectiveDate;
        byte[] payload;
        byte[] metaData;
        String entryHash;
        String chainHash;

        void read(String name, JsonToken value, JsonParser json) throws IOException {
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (name) {
                case "position" -> position = isNull ? null : json.getLongValue();
                case "globalIndex" -> globalIndex = isNull ? null : json.getLongValue();
                case "eventIdentifier" -> eventIdentifier = json.getValueAsString();
                case "aggregateIdentifier" -> aggregateIdentifier = json.getValueAsString();
                case "sequenceNumber" -> sequenceNumber = isNull ? null : json.getLongValue();
                case "payloadType" -> payloadType = json.getValueAsString();
                case "payloadRevision" -> payloadRevision = json.getValueAsString();
                case "recordedAt" -> recordedAt = json.getValueAsString();
                case "principal" -> principal = json.getValueAsString();
                case "decisionId" -> decisionId = json.getValueAsString();
                case "effectiveDate" -> effectiveDate = json.getValueAsString();
                case "payload" -> payload = isNull ? null : utf8(json.getText());
                case "payloadBase64" -> payload = isNull ? null : Base64.getDecoder().decode(json.getText());
                case "metaData" -> metaData = isNull ? null : utf8(json.getText());
                case "metaDataBase64" -> metaData = isNull ? null : Base64.getDecoder().decode(json.getText());
                case "entryHash" -> entryHash = json.getValueAsString();
                case "chainHash" -> chainHash = json.getValueAsString();
                default -> json.skipChildren();
            }
        }

        LedgerRow row(long line) {
            if (globalIndex == null) {
                throw new MalformedExportException(line, "it has no globalIndex");
            }
            boolean hasEvent = eventIdentifier != null || payload != null;
            if (hasEvent && (payload == null || sequenceNumber == null)) {
                throw new MalformedExportException(line, "an event needs its payload and sequenceNumber");
            }
            if (!hasEvent && position == null) {
                throw new MalformedExportException(line, "it has neither an event nor a position in the chain");
            }
            LedgerEntry entry = hasEvent ? new LedgerEntry(new StoredEvent(globalIndex, eventIdentifier,
                    aggregateIdentifier, sequenceNumber, payloadType, payloadRevision, recordedAt, payload, metaData),
                    principal, decisionId, effectiveDate) : null;
            ChainLink link = position == null ? null : new ChainLink(position, globalIndex, entryHash, chainHash);
            return new LedgerRow(globalIndex, entry, link);
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
