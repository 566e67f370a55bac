package se.reorgledger.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.testing.InMemoryLedger;

/** Migrated history (entries with registeredAt): refused before anything is recorded unless it fits the ledger. */
class MigratedImportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    /** Lines: decision 5, decision 13. */
    private static final String MIGRATED = """
            organisation:
              id: exempel
              name: Exempels kommun
            decisions:
              - id: ks-2025-01-10-1
                organ: Kommunstyrelsen
                decidedOn: 2025-01-10
                title: Ny förvaltning
                registeredAt: 2025-01-11T09:00:00Z
                changes:
                  - {type: establishUnit, unitId: forvaltningen, name: Förvaltningen, kind: forvaltning,
                     parentId: exempel, effectiveDate: 2025-02-01}
              - id: ks-2025-03-10-2
                organ: Kommunstyrelsen
                decidedOn: 2025-03-10
                title: Ny avdelning
                registeredAt: %s
                changes:
                  - {type: establishUnit, unitId: avdelningen, name: Avdelningen, kind: avdelning,
                     parentId: forvaltningen, effectiveDate: 2025-04-01}
            """;

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
        return reader.read("migrerad.yaml", MIGRATED.formatted(secondRegisteredAt));
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
        assertThat(refused.line()).isEqualTo(5);
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
        assertThat(backwards.line()).isEqualTo(13);
        assertThat(future.rule()).isEqualTo("registered-at");
        assertThat(future.problem()).contains("later than now");
        assertThat(ledger.events()).isEmpty();
    }
}
