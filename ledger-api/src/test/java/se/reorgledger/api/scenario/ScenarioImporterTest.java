package se.reorgledger.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.testkit.InMemoryLedger;
import se.reorgledger.testkit.InMemoryLedger.RecordedMessage;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitState;

class ScenarioImporterTest {

    private static final String PRINCIPAL = "kommunsekreteraren";

    /** Lines: decision 8, its changes 13 and 15; decision 17, its change 22. */
    private static final String VALID = """
            organisation:
              id: exempel
              name: Exempels kommun
            persons:
              - id: anna-andersson
                name: Anna Andersson
            decisions:
              - id: ks-2025-01-10-1
                organ: Kommunstyrelsen
                decidedOn: 2025-01-10
                title: Ny förvaltning
                changes:
                  - {type: establishUnit, unitId: forvaltningen, name: Förvaltningen, kind: forvaltning,
                     parentId: exempel, effectiveDate: 2025-02-01}
                  - {type: establishUnit, unitId: avdelningen, name: Avdelningen, kind: avdelning,
                     parentId: forvaltningen, effectiveDate: 2025-02-01}
              - id: ks-2025-03-10-2
                organ: Kommunstyrelsen
                decidedOn: 2025-03-10
                title: Chef för förvaltningen
                changes:
                  - {type: establishChefRole, chefRoleId: forvaltningschef, unitId: forvaltningen,
                     title: Förvaltningschef, effectiveDate: 2025-04-01}
                  - {type: appointChef, chefRoleId: forvaltningschef, personId: anna-andersson,
                     effectiveDate: 2025-04-01}
            """;

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ScenarioImporter importer = new ScenarioImporter(ledger.commandGateway(), ledger.eventStore());
    private final ScenarioReader reader = new ScenarioReader();

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void everyDecisionAndPackageIsRecordedThroughTheGatewayUnderTheImportingPrincipal() {
        ImportReport report = importer.importScenario(reader.read("exempel.yaml", VALID), PRINCIPAL,
                ImportProgressListener.none());

        assertThat(report.decisions()).isEqualTo(2);
        assertThat(report.packagesRecorded()).isEqualTo(2);
        List<RecordedMessage> events = ledger.events();
        assertThat(events).extracting(RecordedMessage::principal).containsOnly(PRINCIPAL);
        assertThat(events).extracting(RecordedMessage::payload)
                .filteredOn(DecisionRecordedEvent.class::isInstance).hasSize(2);
        assertThat(RecordedOrganisation.asOf(events, LocalDate.of(2025, 4, 1)).chefRoles("forvaltningen"))
                .singleElement().satisfies(role -> assertThat(role.holderId()).isEqualTo("anna-andersson"));
    }

    @Test
    void importingTheSameFileTwiceRecordsNothingNew() {
        Scenario scenario = reader.read("exempel.yaml", VALID);
        importer.importScenario(scenario, PRINCIPAL, ImportProgressListener.none());
        int recorded = ledger.events().size();

        ImportReport second = importer.importScenario(scenario, PRINCIPAL, ImportProgressListener.none());

        assertThat(ledger.events()).hasSize(recorded);
        assertThat(second.packagesRecorded()).isZero();
        assertThat(second.packagesAlreadyRecorded()).isEqualTo(2);
    }

    @Test
    void progressCountsDecisionsDoneOutOfAllDecisionsInEachPhase() {
        List<ImportProgress> progress = new ArrayList<>();

        importer.importScenario(reader.read("exempel.yaml", VALID), PRINCIPAL, progress::add);

        assertThat(progress).extracting(ImportProgress::phase, ImportProgress::decisionsDone,
                        ImportProgress::decisionsTotal)
                .containsExactly(
                        tuple(ImportPhase.REHEARSAL, 1, 2),
                        tuple(ImportPhase.REHEARSAL, 2, 2),
                        tuple(ImportPhase.RECORDING, 1, 2),
                        tuple(ImportPhase.RECORDING, 2, 2));
    }

    @Test
    void aFileBrokenInItsLastDecisionRecordsNotEvenItsFirst() {
        String broken = VALID.replace("chefRoleId: forvaltningschef, unitId: forvaltningen,",
                "chefRoleId: forvaltningschef, unitId: okand,");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> importer.importScenario(reader.read("trasig.yaml", broken), PRINCIPAL,
                        ImportProgressListener.none()));

        assertThat(error.line()).isEqualTo(22);
        assertThat(error.rule()).isEqualTo("unit-exists");
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void aProposalWithChangesIsRefusedOnItsLineAndRecordsNothing() {
        importValid();
        int recorded = ledger.events().size();
        String yaml = laterDecision("""
                  - {type: establishUnit, unitId: enheten, name: Enheten, kind: enhet, parentId: avdelningen,
                     effectiveDate: 2025-06-01}
                """).replace("    title: Senare ändring\n", "    title: Senare ändring\n    kind: forslag\n");

        ScenarioImportException error = importFailing("forslag.yaml", yaml);

        assertThat(error.rule()).isEqualTo("proposal-changes-nothing");
        assertThat(error.problem()).contains("ks-2025-05-10-3").contains("förslag");
        assertThat(ledger.events()).hasSize(recorded);
    }

    @Test
    void aUnitUnderAnUnknownParentIsRefusedOnTheLineOfItsChangeAndRecordsNothing() {
        importValid();
        int recorded = ledger.events().size();
        String yaml = laterDecision("""
                  - {type: establishUnit, unitId: enheten, name: Enheten, kind: enhet, parentId: finns-inte,
                     effectiveDate: 2025-06-01}
                """);

        ScenarioImportException error = importFailing("okand-forælder.yaml", yaml);

        assertThat(error.file()).isEqualTo("okand-forælder.yaml");
        assertThat(error.line()).isEqualTo(10);
        assertThat(error.rule()).isEqualTo("parent-exists");
        assertThat(error.problem()).contains("finns-inte").contains("parent must exist");
        assertThat(ledger.events()).hasSize(recorded);
    }

    @Test
    void aMoveThatMakesACycleIsRefusedOnTheLineOfTheMoveAndRecordsNothing() {
        importValid();
        int recorded = ledger.events().size();
        String yaml = laterDecision("""
                  - {type: renameUnit, unitId: avdelningen, name: Avdelningen för allt, effectiveDate: 2025-06-01}
                  - {type: moveUnit, unitId: forvaltningen, parentId: avdelningen, effectiveDate: 2025-06-01}
                """);

        ScenarioImportException error = importFailing("cykel.yaml", yaml);

        assertThat(error.line()).isEqualTo(11);
        assertThat(error.rule()).isEqualTo("no-cycles");
        assertThat(error.problem()).contains("under itself");
        assertThat(ledger.events()).hasSize(recorded);
    }

    @Test
    void aDateThatDoesNotExistIsRefusedOnItsLineAndRecordsNothing() {
        importValid();
        int recorded = ledger.events().size();
        String yaml = laterDecision("""
                  - {type: renameUnit, unitId: avdelningen, name: Avdelningen för allt, effectiveDate: 2025-02-30}
                """);

        ScenarioImportException error = importFailing("datum.yaml", yaml);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.rule()).isEqualTo("malformed-value");
        assertThat(error.problem()).contains("2025-02-30");
        assertThat(ledger.events()).hasSize(recorded);
    }

    @Test
    void anUnknownFieldIsRefusedOnItsLineAndRecordsNothing() {
        importValid();
        int recorded = ledger.events().size();
        String yaml = laterDecision("""
                  - type: renameUnit
                    unitId: avdelningen
                    name: Avdelningen för allt
                    effectiveDate: 2025-06-01
                    kommentar: namnet var KS:s förslag
                """);

        ScenarioImportException error = importFailing("falt.yaml", yaml);

        assertThat(error.line()).isEqualTo(14);
        assertThat(error.rule()).isEqualTo("unknown-field");
        assertThat(error.problem()).contains("'kommentar'");
        assertThat(ledger.events()).hasSize(recorded);
    }

    @Test
    void aCorrectionThatWouldBreakAnEarlierChangeIsRefusedOnItsDecisionNamingTheBrokenChange() {
        Scenario first = reader.read("exempel.yaml", VALID);
        // Moving the förvaltning's establishment after the avdelning's leaves the avdelning without a parent.
        Scenario second = reader.read("rattelse.yaml", laterDecision("""
                  - {type: correctEffectiveDate, changeId: ks-2025-01-10-1.1, effectiveDate: 2025-03-01,
                     reason: Förvaltningen inrättades först i mars}
                """));

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> importer.importScenarios(List.of(first, second), PRINCIPAL, ImportProgressListener.none()));

        assertThat(error.file()).isEqualTo("rattelse.yaml");
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.rule()).isEqualTo("parent-exists");
        assertThat(error.problem()).contains("ks-2025-01-10-1.2 (exempel.yaml, line 15)");
        assertThat(ledger.events()).isEmpty();
    }

    @Test
    void anIdentifierUsedAgainIsRefusedOnTheLineOfTheChangeThatReusesIt() {
        importValid();
        String yaml = laterDecision("""
                  - {type: renameUnit, unitId: avdelningen, name: Avdelningen för allt, effectiveDate: 2025-06-01}
                  - {type: establishUnit, unitId: avdelningen, name: En annan avdelning, kind: avdelning,
                     parentId: exempel, effectiveDate: 2025-06-01}
                """);

        ScenarioImportException error = importFailing("samma-id.yaml", yaml);

        assertThat(error.line()).isEqualTo(11);
        assertThat(error.rule()).isEqualTo("identifier-unused");
    }

    @Test
    void aSecondFileContinuesTheFirstAndTheirChangesFoldTogether() {
        Scenario first = reader.read("exempel.yaml", VALID);
        Scenario second = reader.read("forts.yaml", laterDecision("""
                  - {type: moveUnit, unitId: avdelningen, parentId: exempel, effectiveDate: 2025-06-01}
                """));

        importer.importScenarios(List.of(first, second), PRINCIPAL, ImportProgressListener.none());

        assertThat(RecordedOrganisation.asOf(ledger.events(), LocalDate.of(2025, 5, 31)).unit("avdelningen"))
                .map(UnitState::parentId).contains("forvaltningen");
        assertThat(RecordedOrganisation.asOf(ledger.events(), LocalDate.of(2025, 6, 1)).unit("avdelningen"))
                .map(UnitState::parentId).contains("exempel");
    }

    @Test
    void filesAboutDifferentOrganisationsAreNotImportedTogether() {
        Scenario first = reader.read("exempel.yaml", VALID);
        Scenario other = reader.read("annan.yaml", VALID.replace("name: Exempels kommun", "name: Annans kommun"));

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> importer.importScenarios(List.of(first, other), PRINCIPAL, ImportProgressListener.none()));

        assertThat(error.file()).isEqualTo("annan.yaml");
        assertThat(error.rule()).isEqualTo("one-organisation");
        assertThat(ledger.events()).isEmpty();
    }

    private void importValid() {
        importer.importScenario(reader.read("exempel.yaml", VALID), PRINCIPAL, ImportProgressListener.none());
        assertThat(ledger.events()).extracting(RecordedMessage::payload)
                .filteredOn(UnitEstablishedEvent.class::isInstance).hasSize(2);
    }

    private ScenarioImportException importFailing(String file, String yaml) {
        return catchThrowableOfType(ScenarioImportException.class,
                () -> importer.importScenario(reader.read(file, yaml), PRINCIPAL, ImportProgressListener.none()));
    }

    /** A file with one decision, on line 5, whose changes start on line 10. */
    private static String laterDecision(String changes) {
        return """
                organisation:
                  id: exempel
                  name: Exempels kommun
                decisions:
                  - id: ks-2025-05-10-3
                    organ: Kommunstyrelsen
                    decidedOn: 2025-05-10
                    title: Senare ändring
                    changes:
                """ + changes.indent(4);
    }
}
