package se.reorgledger.integrity.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.EntryField;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.LedgerEntry;
import se.reorgledger.integrity.chain.LedgerRow;

/**
 * Writes the ledger as NDJSON, one line per row with everything the entry hash covers (format
 * reorg-ledger-export/1, see docs/ledger-integrity.md). Payload and metadata are the exact stored text as a
 * JSON string, or, for bytes that are not UTF-8, base64 of the exact bytes: either way the verifier hashes the
 * very bytes the ledger holds.
 */
public final class ExportWriter implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;

    /** Writes each field of an event under its key, except those {@link #write(LedgerRow)} writes for every row. */
    private final EntryHashing.FieldSink eventFields = new EntryHashing.FieldSink() {

        @Override
        public void number(EntryField field, long value) {
            if (written(field)) {
                unchecked(() -> json.writeNumberField(field.key(), value));
            }
        }

        @Override
        public void text(EntryField field, String value) {
            if (written(field)) {
                unchecked(() -> json.writeStringField(field.key(), value));
            }
        }

        @Override
        public void bytes(EntryField field, byte[] value) {
            if (written(field)) {
                unchecked(() -> writeExactly(field.key(), value));
            }
        }

        private boolean written(EntryField field) {
            return field != EntryField.TAG && field != EntryField.POSITION && field != EntryField.GLOBAL_INDEX;
        }
    };

    public ExportWriter(OutputStream out) throws IOException {
        this.json = FACTORY.createGenerator(out);
        json.setCodec(JSON);
        // Lines are ended by hand; no separator between root values besides the newline.
        json.setRootValueSeparator(null);
    }

    public void write(LedgerRow row) throws IOException {
        ChainLink link = row.link();
        json.writeStartObject();
        if (link == null) {
            json.writeNullField(EntryField.POSITION.key());
        } else {
            json.writeNumberField(EntryField.POSITION.key(), link.position());
        }
        json.writeNumberField(EntryField.GLOBAL_INDEX.key(), row.globalIndex());
        if (row.hasEntry()) {
            writeEvent(row.entry());
        }
        json.writeStringField("entryHash", link == null ? null : link.entryHash());
        json.writeStringField("chainHash", link == null ? null : link.chainHash());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    public void write(ExportTrailer trailer) throws IOException {
        json.writeObject(trailer);
        json.writeRaw('\n');
    }

    /**
     * The event's fields after the position and global index, which every line has, in the order of the encoding,
     * so that a reader can hash a line as it reads it.
     */
    private void writeEvent(LedgerEntry entry) throws IOException {
        try {
            EntryHashing.fields(0, entry.stored(), entry.principal(), entry.decisionId(), entry.effectiveDate(),
                    eventFields);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void unchecked(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeExactly(String field, byte[] bytes) throws IOException {
        if (bytes == null) {
            json.writeNullField(field);
            return;
        }
        String text = exactText(bytes);
        if (text != null) {
            json.writeStringField(field, text);
        } else {
            json.writeStringField(field + "Base64", Base64.getEncoder().encodeToString(bytes));
        }
    }

    /** The bytes as text when they are UTF-8 that encodes back to exactly them; otherwise null. */
    static String exactText(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes) ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
