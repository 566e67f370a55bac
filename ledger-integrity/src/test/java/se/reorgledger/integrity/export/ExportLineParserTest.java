package se.reorgledger.integrity.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.LedgerEntry;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * Reading an export gives back the exact bytes that were written, whatever JSON spelling a line uses for them,
 * and refuses what is not a line of an export, naming the line.
 */
class ExportLineParserTest {

    static final String PAYLOAD = "{\"name\":\"Förvaltningen för \\\"kultur\\\"\",\"note\":\"rad 1\\nrad 2\\t🙂\","
            + "\"effectiveDate\":\"2026-01-01\",\"decisionId\":\"ks-1\"}";

    @Test
    void whatTheWriterWritesIsReadBackByteForByte() throws IOException {
        StoredEvent event = new StoredEvent(42, "event-1", "askersund", 7, "se.reorgledger.X", null,
                "2026-01-05T09:30:00.123Z", PAYLOAD.getBytes(StandardCharsets.UTF_8),
                "{\"principal\":\"anna\"}".getBytes(StandardCharsets.UTF_8));
        LedgerRow written = LedgerRow.of(LedgerEntry.of(event), new ChainLink(5, 42, "ab".repeat(32), "cd".repeat(32)));

        LedgerRow read = readAll(write(written)).get(0);

        assertThat(read.entry().stored().payload()).isEqualTo(event.payload());
        assertThat(read.entry().stored().metaData()).isEqualTo(event.metaData());
        assertThat(read.entry().stored().payloadRevision()).isNull();
        assertThat(read.entry().principal()).isEqualTo("anna");
        assertThat(read.entry().decisionId()).isEqualTo("ks-1");
        assertThat(read.link()).isEqualTo(written.link());
        assertThat(read.entry().entryHash(5)).isEqualTo(written.entry().entryHash(5));
    }

    @Test
    void anyJsonSpellingOfTheSameTextGivesTheSameBytes() throws IOException {
        String spelled = "{ \"globalIndex\" : 3 , \"payload\" : \"\\u00e5\\ud83d\\ude42\\/\", \"sequenceNumber\":0,"
                + "\"unknownField\":{\"nested\":[1,\"}\"]},\"position\":null,\"eventIdentifier\":\"e\" }\r\n";

        LedgerRow row = readAll(spelled.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(new String(row.entry().stored().payload(), StandardCharsets.UTF_8)).isEqualTo("å🙂/");
        assertThat(row.hasLink()).isFalse();
    }

    @Test
    void bytesThatAreNotUtf8TravelAsBase64() throws IOException {
        byte[] payload = {'{', (byte) 0xFF, (byte) 0xC3, '}'};
        StoredEvent event = new StoredEvent(1, "e", "a", 0, "T", "1", "t", payload, null);

        LedgerRow read = readAll(write(LedgerRow.of(LedgerEntry.of(event), null))).get(0);

        assertThat(read.entry().stored().payload()).isEqualTo(payload);
        assertThat(read.entry().stored().metaData()).isNull();
    }

    @Test
    void blankLinesAndTheHeadLineAreNoRowsAndLinesLongerThanAChunkAreRead() throws IOException {
        String longText = "x".repeat(3000);
        String lines = "\n{\"globalIndex\":1,\"eventIdentifier\":\"e\",\"sequenceNumber\":0,\"payload\":\"" + longText
                + "\"}\n\n{\"head\":{\"position\":1},\"from\":1}\n{\"globalIndex\":2,\"position\":2,\"entryHash\":null}";

        List<LedgerRow> rows = new ArrayList<>();
        try (ExportReader reader = new ExportReader(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                1024)) {
            for (LedgerRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).entry().stored().payload()).hasSize(3000);
        assertThat(rows.get(1).hasEntry()).isFalse();
    }

    @Test
    void whatIsNotALineOfAnExportIsRefusedWithItsLineNumber() {
        List<String> broken = List.of("[1]", "{\"globalIndex\":1,}", "{\"globalIndex\":\"x\"}", "{\"position\":1}",
                "{\"globalIndex\":1,\"payload\":\"a\\qb\"}", "{\"globalIndex\":1,\"payload\":\"\\ud83d\"}",
                "{\"globalIndex\":1,\"payload\":\"no end}", "{\"globalIndex\":1} trailing",
                "{\"globalIndex\":1,\"payload\":\"tab\tinside\"}", "{\"globalIndex\":99999999999999999999}",
                "{\"globalIndex\":1,\"eventIdentifier\":\"e\"}", "{\"globalIndex\":1,\"payloadBase64\":\"***\"}");
        for (String line : broken) {
            byte[] bytes = ("{\"globalIndex\":1,\"position\":1}\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> readAll(bytes)).as(line).isInstanceOf(MalformedExportException.class)
                    .hasMessageContaining("line 2");
        }
    }

    private static byte[] write(LedgerRow row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = new ExportWriter(out)) {
            writer.write(row);
        }
        return out.toByteArray();
    }

    private static List<LedgerRow> readAll(byte[] bytes) throws IOException {
        List<LedgerRow> rows = new ArrayList<>();
        try (ExportReader reader = new ExportReader(new ByteArrayInputStream(bytes))) {
            for (LedgerRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
