package se.reorgledger.integrity.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.LedgerEntry;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * The entry hash computed while a line is read is only a shortcut: whatever the line says and however it spells
 * it, that hash is the entry's own hash at its link's position, or there is none and the entry is hashed as always.
 */
class LineEntryHashTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false);

    @Test
    void theLinesTheWriterWritesAreHashedAsTheyAreRead() throws IOException {
        List<LedgerRow> rows = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            rows.add(row(n));
        }
        ExportLineParser.Lines lines = parse(write(rows));

        assertThat(lines.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LedgerRow row = lines.rows().get(i);
            assertThat(lines.entryHashes().get(i)).as("line %d", i + 1).isNotNull();
            assertThat(HexFormat.of().formatHex(lines.entryHashes().get(i)))
                    .isEqualTo(row.entry().entryHash(row.link().position()));
        }
    }

    @Test
    void anyLineIsHashedAsItsEntryOrNotAtAll() throws IOException {
        Random random = new Random(1129);
        int hashedAsRead = 0;
        int notHashed = 0;
        for (int trial = 0; trial < 3000; trial++) {
            String line = new String(write(List.of(row(random.nextInt(1000)))), StandardCharsets.UTF_8).trim();
            Map<String, Object> fields = JSON.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            String respelled = respell(fields, random);
            ExportLineParser.Lines lines;
            try {
                lines = parse((respelled + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (MalformedExportException notALine) {
                continue;
            }
            LedgerRow row = lines.rows().get(0);
            byte[] hash = lines.entryHashes().get(0);
            if (!row.hasEntry() || !row.hasLink()) {
                assertThat(hash).as(respelled).isNull();
            } else if (hash == null) {
                notHashed++;
            } else {
                hashedAsRead++;
                assertThat(HexFormat.of().formatHex(hash)).as(respelled)
                        .isEqualTo(row.entry().entryHash(row.link().position()));
            }
        }
        assertThat(hashedAsRead).isGreaterThan(500);
        assertThat(notHashed).isGreaterThan(500);
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLineNumberAsTheReferenceRefusesIt() throws IOException {
        byte[][] notUtf8 = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {'a', (byte) 0xC3}};
        for (byte[] bytes : notUtf8) {
            String line = new String(write(List.of(row(2))), StandardCharsets.UTF_8).trim();
            int at = line.indexOf("askersund");
            ByteArrayOutputStream edited = new ByteArrayOutputStream();
            edited.write(line.substring(0, at).getBytes(StandardCharsets.UTF_8));
            edited.write(bytes);
            edited.write(line.substring(at).getBytes(StandardCharsets.UTF_8));
            edited.write('\n');

            assertThatThrownBy(() -> parse(edited.toByteArray())).isInstanceOf(MalformedExportException.class)
                    .hasMessageStartingWith("line 1 ").hasMessageContaining("not UTF-8");
            assertThatThrownBy(() -> ExportLineReference.row(edited.toByteArray(), 1))
                    .isInstanceOf(MalformedExportException.class).hasMessageStartingWith("line 1 ");
        }
    }

    /** The same line, or one with a field moved, dropped, repeated, nulled, renamed or changed. */
    private static String respell(Map<String, Object> fields, Random random) throws IOException {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(fields.entrySet());
        int edits = random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(entries.size());
            Map.Entry<String, Object> field = entries.get(at);
            switch (random.nextInt(7)) {
                case 0 -> Collections.swap(entries, at, random.nextInt(entries.size()));
                case 1 -> entries.remove(at);
                case 2 -> entries.add(random.nextInt(entries.size()), field);
                case 3 -> entries.set(at, new SimpleEntry<>(field.getKey(), null));
                case 4 -> entries.add(at, new SimpleEntry<>("unknown", List.of(1, "}")));
                case 5 -> entries.set(at, new SimpleEntry<>(field.getKey(), field.getValue() instanceof Number number
                        ? -number.longValue() : field.getValue() + "é\"\\\n"));
                default -> entries.set(at, new SimpleEntry<>(field.getKey(), field.getValue() instanceof String text
                        ? text.toUpperCase() : field.getValue()));
            }
        }
        StringBuilder line = new StringBuilder("{");
        for (Map.Entry<String, Object> field : entries) {
            line.append(line.length() > 1 ? "," : "").append(JSON.writeValueAsString(field.getKey())).append(':')
                    .append(JSON.writeValueAsString(field.getValue()));
        }
        return line.append('}').toString();
    }

    /** Events with text fields in and out of ASCII, escapes, missing metadata and bytes that are not UTF-8. */
    private static LedgerRow row(int n) {
        String aggregate = n % 4 == 0 ? "växjö" : n % 4 == 1 ? "quote\"and\\slash" : "askersund";
        String payload = "{\"unitId\":\"u-" + n + "\",\"name\":\"Enhet " + (n % 3 == 0 ? "🙂" : "n") + "\","
                + "\"decisionId\":\"ks-" + n + "\",\"effectiveDate\":\"2026-01-0" + (1 + n % 9) + "\"}";
        byte[] payloadBytes = n % 7 == 0 ? new byte[] {'{', (byte) 0xFF, '}'} : payload.getBytes(StandardCharsets.UTF_8);
        byte[] metaData = n % 5 == 0 ? null : ("{\"principal\":\"" + (n % 2 == 0 ? "åsa" : "anna") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        StoredEvent event = new StoredEvent(100 + n, "event-" + n, aggregate, n, "se.reorgledger.T" + n,
                n % 6 == 0 ? null : "1", "2026-01-05T09:30:00.123Z", payloadBytes, metaData);
        return LedgerRow.of(LedgerEntry.of(event), new ChainLink(n + 1, 100 + n, "ab".repeat(32), "cd".repeat(32)));
    }

    private static byte[] write(List<LedgerRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = new ExportWriter(out)) {
            for (LedgerRow row : rows) {
                writer.write(row);
            }
        }
        return out.toByteArray();
    }

    private static ExportLineParser.Lines parse(byte[] bytes) {
        return ExportLineParser.parseAll(bytes, bytes.length, 1);
    }
}
