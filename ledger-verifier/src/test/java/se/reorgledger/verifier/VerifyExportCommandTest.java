package se.reorgledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.integrity.chain.SyntheticLedger;
import se.reorgledger.integrity.offline.ExportFiles;

/** The auditor's command: plain words, and an exit code that is 0 only for an intact export. */
class VerifyExportCommandTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path folder;

    @Test
    void anIntactExportExitsWithZeroAndSaysSo() throws IOException {
        SyntheticLedger ledger = SyntheticLedger.of(8);
        Path export = ExportFiles.write(ledger, folder.resolve("export.ndjson"));
        Path head = folder.resolve("head.json");
        Files.writeString(head, JSON.writeValueAsString(ExportFiles.headOf(ledger)));

        CommandRun plain = CommandRun.of(new VerifyExportCommand(Verifier.PROGRAM), export.toString());
        CommandRun againstHead = CommandRun.of(new VerifyExportCommand(Verifier.PROGRAM), export.toString(), "--head", head.toString());
        CommandRun againstDigest = CommandRun.of(new VerifyExportCommand(Verifier.PROGRAM), export.toString(), "--digest",
                ledger.head.chainHash());

        assertThat(plain.exitCode()).as(plain.out()).isZero();
        assertThat(plain.out()).contains("Checked 8 events", "INTACT.");
        assertThat(againstHead.exitCode()).as(againstHead.out()).isZero();
        assertThat(againstHead.out()).contains("It matches the digest", "Merkle root");
        assertThat(againstDigest.exitCode()).as(againstDigest.out()).isZero();
    }

    @Test
    void aTamperedExportExitsWithOneAndNamesWhatAndWhere() throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(8), folder.resolve("export.ndjson"));
        List<String> lines = ExportFiles.lines(export);
        lines.remove(4);
        ExportFiles.rewrite(export, lines);

        CommandRun run = CommandRun.of(new VerifyExportCommand(Verifier.PROGRAM), export.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("NOT INTACT: 1 finding, the first at position 5.", "position 5, removed:");
    }

    @Test
    void anExportThatDoesNotMatchTheDigestGivenExitsWithOne() throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(8), folder.resolve("export.ndjson"));

        CommandRun run = CommandRun.of(new VerifyExportCommand(Verifier.PROGRAM), export.toString(), "--digest", "ab".repeat(32));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("digest-mismatch");
    }

    @Test
    void whatCannotBeCheckedExitsWithTwoAndTheUsage() {
        CommandRun noFile = CommandRun.of(new VerifyExportCommand(Verifier.PROGRAM));
        CommandRun missingFile = CommandRun.of(new VerifyExportCommand(Verifier.PROGRAM), folder.resolve("none.ndjson").toString());
        CommandRun badDigest = CommandRun.of(new VerifyExportCommand(Verifier.PROGRAM), "export.ndjson", "--digest", "xyz");

        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("usage: java -jar ledger-verifier.jar verify-export");
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(badDigest.exitCode()).isEqualTo(2);
        assertThat(badDigest.err()).contains("64 hex digits");
    }
}
