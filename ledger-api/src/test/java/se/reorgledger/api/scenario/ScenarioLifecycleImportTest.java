package se.reorgledger.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.organisation.ChangePackageRecordedEvent;
import se.reorgledger.core.decision.AnslagPostedEvent;
import se.reorgledger.core.decision.DecisionLifecycleEvent;
import se.reorgledger.core.decision.DelegationsbeslutReportedEvent;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.ProtocolJusteratEvent;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.testkit.InMemoryLedger;
import se.reorgledger.testkit.InMemoryLedger.RecordedMessage;

/** The steps of a decision's life in a scenario file, recorded by the importer through the lifecycle command. */
class ScenarioLifecycleImportTest {

    private static final String PRINCIPAL = "kommunsekreteraren";

    /** Lines: the justering 15, the anslag 16; the anmälan 24 (23 once the delegate's line is taken out). */
    private static final String FILE = """
            organisation:
              id: exempel
              name: Exempels kommun
            decisions:
              - id: ks-2025-11-18-1
                organ: Kommunstyrelsen
                decidedOn: 2025-11-18
                title: Ny förvaltning
                changes:
                  - {type: establishUnit, unitId: forvaltningen, name: Förvaltningen, kind: forvaltning,
                     parentId: exempel, effectiveDate: 2026-01-01}
                  - {type: registerCommittee, committeeId: kommunstyrelsen, name: Kommunstyrelsen,
                     committeeType: kommunstyrelse, effectiveDate: 2025-11-18}
                lifecycle:
                  - {type: justering, date: 2025-11-21}
                  - {type: anslag, date: 2025-11-24}
              - id: kd-2025-12-15-1
                organ: Kommunstyrelsen
                kind: delegationsbeslut
                delegate: Kommundirektören
                decidedOn: 2025-12-15
                title: Enhetsindelning
                lifecycle:
                  - {type: anmalan, date: 2025-12-16, committeeId: kommunstyrelsen, paragraph: "§ 160"}
            """;

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ScenarioReader reader = new ScenarioReader();

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    private ScenarioImporter importer() {
        return new ScenarioImporter(ledger.commandGateway(), ledger.eventStore());
    }

    @Test
    void theStepsAreRecordedAfterTheDecisionAndItsPackageUnderTheImportingPrincipal() {
        importer().importScenario(reader.read("exempel.yaml", FILE), PRINCIPAL, ImportProgressListener.none());

        List<RecordedMessage> events = ledger.events();
        List<Object> payloads = events.stream().map(RecordedMessage::payload).toList();
        int packageRecorded = indexOf(payloads, ChangePackageRecordedEvent.class);
        assertThat(payloads.get(packageRecorded + 1)).isEqualTo(
                new ProtocolJusteratEvent("exempel", "ks-2025-11-18-1", LocalDate.of(2025, 11, 21)));
        assertThat(payloads.get(packageRecorded + 2)).isEqualTo(
                new AnslagPostedEvent("exempel", "ks-2025-11-18-1", LocalDate.of(2025, 11, 24)));
        assertThat(payloads.get(payloads.size() - 1)).isEqualTo(new DelegationsbeslutReportedEvent("exempel",
                "kd-2025-12-15-1", LocalDate.of(2025, 12, 16), "kommunstyrelsen", "§ 160"));
        assertThat(events).extracting(RecordedMessage::principal).containsOnly(PRINCIPAL);
    }

    @Test
    void importingTheFileAgainRecordsNoStepTwice() {
        Scenario scenario = reader.read("exempel.yaml", FILE);
        importer().importScenario(scenario, PRINCIPAL, ImportProgressListener.none());
        int recorded = ledger.events().size();

        importer().importScenario(scenario, PRINCIPAL, ImportProgressListener.none());

        assertThat(ledger.events()).hasSize(recorded);
        assertThat(ledger.events()).extracting(RecordedMessage::payload)
                .filteredOn(DecisionLifecycleEvent.class::isInstance).hasSize(3);
    }

    @Test
    void aStepOutOfOrderIsRefusedOnItsLineAndRecordsNothing() {
        String broken = FILE.replace("{type: anslag, date: 2025-11-24}", "{type: anslag, date: 2025-11-20}");

        ScenarioImportException refused = catchThrowableOfType(ScenarioImportException.class, () -> importer()
                .importScenario(reader.read("exempel.yaml", broken), PRINCIPAL, ImportProgressListener.none()));

        assertThat(refused.line()).isEqualTo(16);
        assertThat(refused.rule()).isEqualTo("decision-lifecycle-order");
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void aStepOnAProposalIsRefusedOnItsLineAndRecordsNothing() {
        String proposal = FILE.replace("    delegate: Kommundirektören\n", "").replace("kind: delegationsbeslut",
                "kind: forslag");

        ScenarioImportException refused = catchThrowableOfType(ScenarioImportException.class, () -> importer()
                .importScenario(reader.read("exempel.yaml", proposal), PRINCIPAL, ImportProgressListener.none()));

        assertThat(refused.line()).isEqualTo(23);
        assertThat(refused.rule()).isEqualTo("proposal-has-no-lifecycle");
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void anAnmalanToANamndNotRegisteredIsRefusedOnItsLine() {
        String broken = FILE.replace("committeeId: kommunstyrelsen, paragraph", "committeeId: finns-inte, paragraph");

        ScenarioImportException refused = catchThrowableOfType(ScenarioImportException.class, () -> importer()
                .importScenario(reader.read("exempel.yaml", broken), PRINCIPAL, ImportProgressListener.none()));

        assertThat(refused.line()).isEqualTo(24);
        assertThat(refused.rule()).isEqualTo("committee-exists");
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void aMigratedStepCarriesItsOwnRegisteredTimeOrElseItsEntrysAndWhoMigratedIt() {
        String migrated = FILE.replace("    title: Ny förvaltning\n",
                        "    title: Ny förvaltning\n    registeredAt: 2025-11-19T09:00:00Z\n")
                .replace("{type: anslag, date: 2025-11-24}",
                        "{type: anslag, date: 2025-11-24, registeredAt: 2025-11-24T08:00:00Z}")
                .replace("    title: Enhetsindelning\n",
                        "    title: Enhetsindelning\n    registeredAt: 2025-12-16T14:00:00Z\n");
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        Map<Class<?>, MetaData> sent = new HashMap<>();
        ledger.commandGateway().registerDispatchInterceptor(messages -> (index, message) -> {
            if (message.getPayload() instanceof RecordLifecycleStepCommand command) {
                sent.put(command.step().getClass(), message.getMetaData());
            }
            return message;
        });

        new ScenarioImporter(ledger.commandGateway(), ledger.eventStore(), () -> null,
                Clock.fixed(now, ZoneOffset.UTC))
                .importScenario(reader.read("migrerad.yaml", migrated), ImportBy.admin("admin"),
                        ImportProgressListener.none());

        assertThat(sent.get(LifecycleStep.Justering.class)).containsEntry("registeredAt", "2025-11-19T09:00:00Z");
        assertThat(sent.get(LifecycleStep.Anslag.class)).containsEntry("registeredAt", "2025-11-24T08:00:00Z")
                .containsEntry("migratedBy", "admin").containsEntry("migratedFrom", "migrerad.yaml");
        assertThat(sent.get(LifecycleStep.Anmalan.class)).containsEntry("registeredAt", "2025-12-16T14:00:00Z");
        assertThat(ledger.events()).extracting(RecordedMessage::payload)
                .filteredOn(DecisionLifecycleEvent.class::isInstance).hasSize(3);
    }

    @Test
    void aMigratedStepRegisteredBeforeItsEntryIsRefusedOnItsLineAndRecordsNothing() {
        String migrated = FILE.replace("    title: Ny förvaltning\n",
                        "    title: Ny förvaltning\n    registeredAt: 2025-11-19T09:00:00Z\n")
                .replace("{type: anslag, date: 2025-11-24}",
                        "{type: anslag, date: 2025-11-24, registeredAt: 2025-11-18T08:00:00Z}");

        ScenarioImportException refused = catchThrowableOfType(ScenarioImportException.class, () -> importer()
                .importScenario(reader.read("migrerad.yaml", migrated), ImportBy.admin("admin"),
                        ImportProgressListener.none()));

        assertThat(refused.line()).isEqualTo(17);
        assertThat(refused.rule()).isEqualTo("registered-at");
        assertThat(refused.problem()).contains("anslag step", "2025-11-18T08:00:00Z");
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void thePreviewRehearsesTheStepsAndRefusesOneOutOfOrder() {
        ScenarioPreview preview = new ScenarioPreview(ledger.eventStore());
        String broken = FILE.replace("{type: anslag, date: 2025-11-24}", "{type: anslag, date: 2025-11-20}");

        assertThat(preview.preview(reader.read("exempel.yaml", FILE)).refused()).isFalse();
        ScenarioPreview.Result refused = preview.preview(reader.read("exempel.yaml", broken));

        assertThat(refused.refused()).isTrue();
        assertThat(refused.refusedAt().decision().id()).isEqualTo("ks-2025-11-18-1");
        assertThat(refused.refusal()).isInstanceOf(PackageRefusedException.class);
        assertThat(ledger.events()).isEmpty();
    }

    private static int indexOf(List<Object> payloads, Class<?> type) {
        for (int i = 0; i < payloads.size(); i++) {
            if (type.isInstance(payloads.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }
}
