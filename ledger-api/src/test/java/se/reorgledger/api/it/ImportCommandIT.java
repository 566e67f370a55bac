package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.api.LedgerApplication;
import se.reorgledger.api.cli.ImportCommand;

/** {@code java -jar reorganisation-ledger.jar import <file>}: through the same commands, all or none, twice harmless. */
class ImportCommandIT {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void forgetSettings() {
        System.clearProperty("LEDGER_DATA_DIR");
    }

    private int importFiles(Path... files) {
        System.setProperty("LEDGER_DATA_DIR", folder.resolve("data").toString());
        out.reset();
        err.reset();
        return new ImportCommand(LedgerApplication.class).run(List.of(files).stream().map(Path::toString).toList(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String yaml) throws IOException {
        return Files.writeString(folder.resolve(name), yaml);
    }

    private static final String GOOD = """
            organisation: {id: importby, name: Importby kommun}
            decisions:
              - id: ks-2025-11-24-1
                organ: Kommunstyrelsen
                decidedOn: 2025-11-24
                title: Ny organisation
                illustrative: true
                changes:
                  - {type: establishUnit, unitId: kontoret, name: Kontoret, kind: kontor, parentId: importby,
                     effectiveDate: 2026-01-01}
            """;

    @Test
    void aFileIsImportedOnceAndImportingItAgainRecordsNothing() throws IOException {
        Path good = file("good.yaml", GOOD);

        assertThat(importFiles(good)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 packages recorded");
        assertThat(importFiles(good)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("0 packages recorded, 1 already recorded");

        try (RunningLedger ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", folder.resolve("data").toString()))) {
            assertThat(ledger.get("/api/v1/organisations/importby/structure?asOf=2026-01-01").json()
                    .at("/root/children/0/name").asText()).isEqualTo("Kontoret");
        }
    }

    @Test
    void aBrokenFileFailsWithItsLineAndRuleAndRecordsNothing() throws IOException {
        Path broken = file("broken.yaml", GOOD.replace("parentId: importby", "parentId: nowhere"));

        assertThat(importFiles(broken)).isEqualTo(1);
        assertThat(err.toString()).contains("broken.yaml, line 9", "parent-exists", "Nothing was recorded");
        try (RunningLedger ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", folder.resolve("data").toString()))) {
            assertThat(ledger.get("/api/v1/ledger/head").json().get("position").asLong()).isZero();
        }
    }
}
