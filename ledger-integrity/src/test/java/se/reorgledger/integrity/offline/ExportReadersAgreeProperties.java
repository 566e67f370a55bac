package se.reorgledger.integrity.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.reorgledger.integrity.chain.SyntheticLedger;
import se.reorgledger.integrity.chain.TrustedDigest;
import se.reorgledger.integrity.export.MalformedExportException;

/**
 * The fast readers of an export (the intact-chunk lane and the row parser, which hash lines from their bytes) and
 * the plain Jackson reader that specifies a line always give the same verdict: the same verification, or the same
 * line refused. Fed exports as the service writes them, respelt as any JSON writer may, and edited as an attacker
 * would: bytes flipped, inserted and deleted (quotes, escapes, control characters, bytes that are not UTF-8),
 * hostile fragments (half surrogate pairs, leading zeros, repeated and unknown fields, deep nesting), lines
 * removed, repeated, swapped and cut.
 */
class ExportReadersAgreeProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] HOSTILE_BYTES = {'"', '\\', '{', '}', '[', ']', ',', ':', '0', '1', '-', '+', '.',
        'e', 'u', 'n', ' ', '\t', '\r', '\n', 0x00, 0x1f, 0x7f, (byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc3,
        (byte) 0xe0, (byte) 0xed, (byte) 0xf0, (byte) 0xf4, (byte) 0xf5, (byte) 0xff};
    private static final List<String> HOSTILE_FRAGMENTS = List.of("\\u00e4", "\\ud800", "\\udc00",
            "\\ud83d\\ude00", "\\ud83dx", "\\/", "\\x", ",\"x\":[1,{\"a\":null,\"b\":[true,false]},-0.5e+3]",
            ",\"x\":[1,,2]", ",\"x\":{\"a\" 1}", ",\"x\":01", ",\"x\":1.", ",\"x\":-", ",\"x\":[[[[[[[[]]]]]]]]",
            ",\"position\":00", ",\"position\":-9223372036854775808", ",\"position\":9223372036854775808",
            ",\"globalIndex\":1.0", ",\"payload\":null", ",\"payloadBase64\":\"AA==\"", ",\"metaDataBase64\":\"!\"",
            ",\"head\":1", ",\"eventIdentifier\":5", ",\"sequenceNumber\":\"1\"", "\n", "\n\n", "\"", "\u00e4",
            "1e5", "null", "true", "\ufeff");
    private static final List<String> HOSTILE_LINES = List.of("{}", "[]", "null", "{\"head\":{}}",
            "{\"head\":null,\"x\":01}", "{\"globalIndex\":1}", "{\"position\":3,\"globalIndex\":3}",
            "\ufeff{\"head\":1}", "{\"globalIndex\":2,\"payload\":\"{}\",\"sequenceNumber\":0}", "   ", "{",
            "{\"globalIndex\":1,\"x\":\"\\ud800\"}");

    enum Edit { FLIP_BIT, REPLACE_BYTE, INSERT_BYTE, DELETE_BYTE, INSERT_FRAGMENT, ADD_LINE, DELETE_LINE,
        REPEAT_LINE, SWAP_LINES, CUT_LINE, RESPELL_LINE }

    record Mutation(Edit edit, int line, int at, int choice) {
    }

    @Property(tries = 400)
    void theFastReadersAndTheReferenceAlwaysGiveTheSameVerdict(
            @ForAll @IntRange(min = 1, max = 9) int events,
            @ForAll("mutations") List<Mutation> mutations,
            @ForAll boolean againstTheHead,
            @ForAll("chunkSizes") int chunkBytes) throws IOException {
        SyntheticLedger ledger = SyntheticLedger.of(events);
        Path export = Files.createTempFile("differential", ".ndjson");
        try {
            ExportFiles.write(ledger, export);
            List<byte[]> lines = lines(Files.readAllBytes(export));
            mutations.forEach(mutation -> apply(mutation, lines));
            Files.write(export, join(lines));
            TrustedDigest trusted = againstTheHead ? TrustedDigest.of(ExportFiles.headOf(ledger)) : null;

            String reference = verdict(export, trusted, chunkBytes, ExportVerification.Lanes.REFERENCE);
            assertThat(verdict(export, trusted, chunkBytes, ExportVerification.Lanes.RUNS_AND_ROWS))
                    .as("runs and rows").isEqualTo(reference);
            assertThat(verdict(export, trusted, chunkBytes, ExportVerification.Lanes.ROWS_ONLY))
                    .as("rows only").isEqualTo(reference);
        } finally {
            Files.deleteIfExists(export);
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Edit.class),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 2000),
                Arbitraries.integers().between(0, 1000)).as(Mutation::new);
        return mutation.list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> chunkSizes() {
        return Arbitraries.of(256, 2048, 1 << 20);
    }

    /** The verification as it would be printed, or the line refused: what an auditor is told. */
    private static String verdict(Path export, TrustedDigest trusted, int chunkBytes, ExportVerification.Lanes lanes)
            throws IOException {
        try {
            return ExportVerification.verify(export, trusted, chunkBytes, lanes).toString();
        } catch (MalformedExportException e) {
            return e.getMessage().substring(0, e.getMessage().indexOf(" is not"));
        } catch (IOException | IllegalArgumentException e) {
            return "could not check: " + e.getClass().getSimpleName();
        }
    }

    private static void apply(Mutation m, List<byte[]> lines) {
        if (lines.isEmpty()) {
            return;
        }
        int index = m.line() % lines.size();
        byte[] line = lines.get(index);
        int at = line.length == 0 ? 0 : m.at() % line.length;
        switch (m.edit()) {
            case FLIP_BIT -> {
                if (line.length > 0) {
                    line[at] ^= (byte) (1 << (m.choice() % 8));
                }
            }
            case REPLACE_BYTE -> {
                if (line.length > 0) {
                    line[at] = HOSTILE_BYTES[m.choice() % HOSTILE_BYTES.length];
                }
            }
            case INSERT_BYTE -> lines.set(index, insert(line, at, new byte[] {HOSTILE_BYTES[m.choice()
                    % HOSTILE_BYTES.length]}));
            case DELETE_BYTE -> {
                if (line.length > 0) {
                    lines.set(index, concat(Arrays.copyOf(line, at), Arrays.copyOfRange(line, at + 1, line.length)));
                }
            }
            case INSERT_FRAGMENT -> lines.set(index, insert(line, at, utf8(HOSTILE_FRAGMENTS.get(m.choice()
                    % HOSTILE_FRAGMENTS.size()))));
            case ADD_LINE -> lines.add(index, utf8(HOSTILE_LINES.get(m.choice() % HOSTILE_LINES.size())));
            case DELETE_LINE -> lines.remove(index);
            case REPEAT_LINE -> lines.add(index, line.clone());
            case SWAP_LINES -> Collections.swap(lines, index, m.choice() % lines.size());
            case CUT_LINE -> lines.set(index, Arrays.copyOf(line, at));
            case RESPELL_LINE -> lines.set(index, respelt(line, new Random(m.choice())));
            default -> throw new IllegalStateException();
        }
    }

    /** The same fields in another order, with non-ASCII escaped or not: any JSON writer may write a line so. */
    private static byte[] respelt(byte[] line, Random random) {
        try {
            Map<String, Object> fields = JSON.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            if (fields == null) {
                return line;
            }
            List<Map.Entry<String, Object>> entries = new ArrayList<>(fields.entrySet());
            Collections.shuffle(entries, random);
            Map<String, Object> shuffled = new LinkedHashMap<>();
            entries.forEach(entry -> shuffled.put(entry.getKey(), entry.getValue()));
            ObjectMapper writer = new ObjectMapper().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII,
                    random.nextBoolean());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.writeValue(out, shuffled);
            return out.toByteArray();
        } catch (IOException notJsonAnyMore) {
            return line;
        }
    }

    private static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                lines.add(Arrays.copyOfRange(file, start, i));
                start = i + 1;
            }
        }
        if (start < file.length) {
            lines.add(Arrays.copyOfRange(file, start, file.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(line -> {
            out.writeBytes(line);
            out.write('\n');
        });
        return out.toByteArray();
    }

    private static byte[] insert(byte[] line, int at, byte[] inserted) {
        return concat(concat(Arrays.copyOf(line, at), inserted), Arrays.copyOfRange(line, at, line.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
