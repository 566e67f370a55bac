package se.reorgledger.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.testkit.InMemoryLedger;

/** Migrated history (entries with registeredAt): refused before anything is recorded unless it fits the ledger. */
class MigratedImportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    /** Decisions on lines 7 and 15 of the shared file. */

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ScenarioReader reader = new ScenarioReader();
    private Instant head;

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    private ScenarioImporter importer() {
        return new ScenarioImporter(ledger.commandGateway(), ledger.eventStore(), () -> head,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Scenario file(String secondRegisteredAt) {
        return reader.read("migrerad.yaml", migratedFile("exempel", "2025-01-11T09:00:00Z", secondRegisteredAt));
    }

    @Test
    void anAdminImportsMigratedHistoryAndEveryEventSaysWhoMigratedItFromWhichFile() {
        Scenario scenario = file("2025-03-11T09:00:00Z");

        importer().importScenario(scenario, ImportBy.admin("admin"), ImportProgressListener.none());

        assertThat(scenario.sha256()).hasSize(64);
        assertThat(ledger.events()).isNotEmpty().allSatisfy(event -> assertThat(event.principal()).isEqualTo("admin"));
    }

    @Test
    void aRegistrarCannotImportMigratedHistory() {
        ScenarioImportException refused = catchThrowableOfType(ScenarioImportException.class, () -> importer()
                .importScenario(file("2025-03-11T09:00:00Z"), ImportBy.registrar("kommunsekreteraren"),
                        ImportProgressListener.none()));

        assertThat(refused.rule()).isEqualTo("migration-needs-admin");
        assertThat(refused.line()).isEqualTo(7);
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void aRegisteredTimeNotLaterThanTheLedgersHeadIsRefusedAndNothingIsRecorded() {
        head = Instant.parse("2025-06-01T00:00:00Z");

        ScenarioImportException refused = catchThrowableOfType(ScenarioImportException.class, () -> importer()
                .importScenario(file("2025-03-11T09:00:00Z"), ImportBy.admin("admin"), ImportProgressListener.none()));

        assertThat(refused.rule()).isEqualTo("registered-at");
        assertThat(refused.problem()).contains("2025-01-11T09:00:00Z", "2025-06-01T00:00:00Z");
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void registeredTimesOutOfOrderOrInTheFutureAreRefused() {
        ScenarioImportException backwards = catchThrowableOfType(ScenarioImportException.class, () -> importer()
                .importScenario(file("2025-01-01T00:00:00Z"), ImportBy.admin("admin"), ImportProgressListener.none()));
        ScenarioImportException future = catchThrowableOfType(ScenarioImportException.class, () -> importer()
                .importScenario(file("2027-01-01T00:00:00Z"), ImportBy.admin("admin"), ImportProgressListener.none()));

        assertThat(backwards.rule()).isEqualTo("registered-at");
        assertThat(backwards.line()).isEqualTo(15);
        assertThat(future.rule()).isEqualTo("registered-at");
        assertThat(future.problem()).contains("later than now");
        assertThat(ledger.events()).isEmpty();
    }

    /** The shared migrated-history file (test resource scenarios/migrerad.yaml), filled in. */
    static String migratedFile(String organisation, String first, String second) {
        try (java.io.InputStream in = MigratedImportTest.class.getResourceAsStream("/scenarios/migrerad.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .formatted(organisation, first, second);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
