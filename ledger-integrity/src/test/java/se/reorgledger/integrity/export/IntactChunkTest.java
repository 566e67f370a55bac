package se.reorgledger.integrity.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.SyntheticLedger;

/**
 * A chunk is read as an intact run only when it is one, written as the writer writes it; every other chunk is left
 * to be read row by row, where the walk names what is wrong with it.
 */
class IntactChunkTest {

    private static final int EVENTS = 12;

    @Test
    void theLinesTheWriterWritesAreOneRunOfAllTheirEvents() throws IOException {
        IntactChunk.Read read = read(exported(), false);

        assertThat(read).isNotNull();
        assertThat(read.run().firstPosition()).isEqualTo(1);
        assertThat(read.run().lastPosition()).isEqualTo(EVENTS);
        assertThat(read.lines()).isEqualTo(EVENTS);
    }

    @Test
    void aRunFromTheMiddleStartsAtItsFirstLinesPosition() throws IOException {
        String lines = exported();
        String fromTheFifth = lines.substring(nthLineStart(lines, 4));

        IntactChunk.Read read = read(fromTheFifth, true);

        assertThat(read).isNotNull();
        assertThat(read.run().firstPosition()).isEqualTo(5);
        assertThat(read.run().size()).isEqualTo(EVENTS - 4);
    }

    @Test
    void aChunkThatIsTamperedOrWrittenOtherwiseIsLeftToTheRows() throws IOException {
        String lines = exported();
        assertThat(read(lines, false)).isNotNull();
        List<UnaryOperator<String>> edits = List.of(
                text -> text.replace("Enhet 7", "Enhet X"),
                text -> text.replace("\"position\":3,", "\"position\":4,"),
                text -> text.replace(hashOf(lineOf(text, 3), "chainHash"),
                        flipped(hashOf(lineOf(text, 3), "chainHash"))),
                text -> text.replace(lineOf(text, 6), ""),
                text -> text.replace(lineOf(text, 2), lineOf(text, 2) + lineOf(text, 2)),
                text -> text.replace(lineOf(text, 2) + lineOf(text, 3), lineOf(text, 3) + lineOf(text, 2)),
                text -> text.replace(lineOf(text, 4), lineOf(text, 4) + "\n"),
                text -> text.replace(hashOf(lineOf(text, 5), "entryHash"),
                        hashOf(lineOf(text, 5), "entryHash").toUpperCase()),
                text -> text.replace("\"payloadType\"", "\"extra\":1,\"payloadType\""));
        for (int e = 0; e < edits.size(); e++) {
            String edited = edits.get(e).apply(lines);
            assertThat(edited).as("edit %d", e).isNotEqualTo(lines);
            assertThat(read(edited, false)).as("edit %d", e).isNull();
        }
    }

    private static String exported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = new ExportWriter(out)) {
            for (LedgerRow row : SyntheticLedger.of(EVENTS).rows()) {
                writer.write(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static IntactChunk.Read read(String lines, boolean leaves) {
        byte[] bytes = lines.getBytes(StandardCharsets.UTF_8);
        return IntactChunk.read(new ExportChunks.Chunk(bytes, bytes.length), leaves);
    }

    /** Line {@code n}, counted from 1, with its newline. */
    private static String lineOf(String text, int n) {
        int start = nthLineStart(text, n - 1);
        return text.substring(start, text.indexOf('\n', start) + 1);
    }

    private static int nthLineStart(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    private static String hashOf(String line, String key) {
        int at = line.indexOf("\"" + key + "\":\"") + key.length() + 4;
        return line.substring(at, at + 64);
    }

    private static String flipped(String hash) {
        return (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
    }
}
