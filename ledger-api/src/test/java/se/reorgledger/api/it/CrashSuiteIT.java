package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service killed with {@code kill -9} while 16 writers record packages, on both stores. The build runs a few
 * kills per store; {@code -Dledger.crash.kills=200} runs the long suite of docs/reliability.md.
 */
class CrashSuiteIT {

    private static final int KILLS = Integer.getInteger("ledger.crash.kills", 2);
    private static final int WRITERS = Integer.getInteger("ledger.crash.writers", 16);
    private static final long SEED = Long.getLong("ledger.crash.seed", System.nanoTime());

    @TempDir
    Path folder;

    @Test
    void theEmbeddedDefaultLosesNoAcknowledgedPackageToKill9() throws Exception {
        Map<String, String> settings = Map.of(
                "LEDGER_DATA_DIR", folder.resolve("data").toString(),
                "LEDGER_WITNESS_HOME", folder.resolve("witness-home").toString());

        assertSurvived(new CrashRun("embedded", settings, folder, WRITERS, SEED).run(KILLS));
    }

    @Test
    void postgresqlLosesNoAcknowledgedPackageToKill9() throws Exception {
        try (PostgresSchema schema = new PostgresSchema()) {
            Map<String, String> settings = new HashMap<>();
            schema.settings().forEach((name, value) -> settings.put(name, String.valueOf(value)));
            settings.put("LEDGER_WITNESS_HOME", folder.resolve("witness-home").toString());

            assertSurvived(new CrashRun("postgresql", settings, folder, WRITERS, SEED).run(KILLS));
        }
    }

    private static void assertSurvived(CrashReport report) throws IOException {
        System.out.println(report.line());
        Path reports = Path.of("target", "crash-suite");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve(report.store() + ".txt"), report.line() + System.lineSeparator());

        assertThat(report.acknowledged()).as("packages acknowledged before the kills").isPositive();
        assertThat(report.lost()).as(report.line()).isZero();
        assertThat(report.duplicated()).as(report.line()).isZero();
        assertThat(report.rebuildMatches()).as(report.line()).isTrue();
        assertThat(report.verifies()).as(report.line()).isTrue();
        assertThat(report.notAcknowledgedByStatus().keySet()).as("no server error while writing")
                .allMatch(status -> status < 500);
    }

    /**
     * The incident of a start that found an empty ledger: the default ./data resolved from another working folder.
     * The witness in the user's home remembers where the last ledger was, and the start is refused.
     */
    @Test
    void aStartFromAnotherWorkingFolderRefusesToBeginANewLedgerSilently() throws Exception {
        Path first = Files.createDirectories(folder.resolve("first"));
        Path second = Files.createDirectories(folder.resolve("second"));
        Map<String, String> settings = Map.of("LEDGER_WITNESS_HOME", folder.resolve("witness-home").toString());
        Path log = folder.resolve("working-folders.log");
        try (ServiceProcess service = ServiceProcess.start(first, settings, log)) {
            service.awaitReady(Duration.ofMinutes(3));
            assertThat(service.post("/api/v1/organisations", "{\"id\":\"kvar\",\"name\":\"Kvar kommun\"}")
                    .statusCode()).isEqualTo(201);
            service.stop();
        }

        try (ServiceProcess elsewhere = ServiceProcess.start(second, settings, folder.resolve("elsewhere.log"))) {
            assertThat(elsewhere.awaitExit(Duration.ofMinutes(3))).as("a refused start ends the process").isNotZero();
            assertThat(elsewhere.output()).contains("holds no ledger").contains(first.resolve("data").toString());
        }

        try (ServiceProcess back = ServiceProcess.start(first, settings, log)) {
            back.awaitReady(Duration.ofMinutes(3));
            assertThat(back.get("/api/v1/organisations/kvar/structure").statusCode()).isEqualTo(200);
        }
    }
}
