package se.reorgledger.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RulingOutcome;

/** The optional {@code lifecycle:} list of a decision in a scenario file, read as strictly as its changes. */
class ScenarioLifecycleReaderTest {

    private final ScenarioReader reader = new ScenarioReader();

    private static final String WITH_LIFECYCLE = """
            organisation:
              id: exempel
              name: Exempels kommun
            decisions:
              - id: ks-2025-11-18-1
                organ: Kommunstyrelsen
                decidedOn: 2025-11-18
                title: Ny förvaltning
                illustrative: true
                registeredAt: 2025-11-19T09:00:00Z
                lifecycle:
                  - {type: justering, date: 2025-11-21, registeredAt: 2025-11-21T13:00:00Z, illustrative: true}
                  - type: anslag
                    date: 2025-11-24
                    source: Anslagstavlan
                  - {type: appeal, date: 2025-12-01, court: Förvaltningsrätten i Karlstad, courtCaseNumber: 1234-25}
                  - {type: ruling, date: 2026-03-12, court: Förvaltningsrätten i Karlstad, outcome: upheld}
                  - {type: lagaKraft, date: 2026-04-03}
              - id: kd-2025-12-15-1
                organ: Kommunstyrelsen
                kind: delegationsbeslut
                decidedOn: 2025-12-15
                title: Enhetsindelning
                lifecycle:
                  - {type: anmalan, date: 2026-01-20, committeeId: kommunstyrelsen, paragraph: "§ 8"}
                  - {type: revocation, date: 2026-02-01, revokingDecisionId: ks-2025-11-18-1}
            """;

    @Test
    void lifecycleStepsAreReadInTheApiVocabularyWithTheirLinesAndTheFilesOwnFieldsSetAside() {
        Scenario scenario = reader.read("exempel.yaml", WITH_LIFECYCLE);

        List<ScenarioLifecycleStep> steps = scenario.decisions().get(0).lifecycle();
        assertThat(steps).extracting(ScenarioLifecycleStep::step).containsExactly(
                new LifecycleStep.Justering(LocalDate.of(2025, 11, 21)),
                new LifecycleStep.Anslag(LocalDate.of(2025, 11, 24)),
                new LifecycleStep.Appeal(LocalDate.of(2025, 12, 1), "Förvaltningsrätten i Karlstad", "1234-25"),
                new LifecycleStep.Ruling(LocalDate.of(2026, 3, 12), "Förvaltningsrätten i Karlstad", null,
                        RulingOutcome.upheld, List.of()),
                new LifecycleStep.LagaKraft(LocalDate.of(2026, 4, 3)));
        assertThat(steps).extracting(ScenarioLifecycleStep::line).containsExactly(12, 13, 16, 17, 18);
        assertThat(steps).extracting(ScenarioLifecycleStep::type)
                .containsExactly("justering", "anslag", "appeal", "ruling", "lagaKraft");
        assertThat(steps.get(0).illustrative()).isTrue();
        assertThat(steps.get(0).registeredAt()).isEqualTo(Instant.parse("2025-11-21T13:00:00Z"));
        assertThat(steps.get(1).illustrative()).isFalse();
        assertThat(steps.get(1).registeredAt()).isNull();
        assertThat(steps.get(1).source()).isEqualTo("Anslagstavlan");
        assertThat(scenario.decisions().get(1).lifecycle()).extracting(ScenarioLifecycleStep::step).containsExactly(
                new LifecycleStep.Anmalan(LocalDate.of(2026, 1, 20), "kommunstyrelsen", "§ 8"),
                new LifecycleStep.Revocation(LocalDate.of(2026, 2, 1), "ks-2025-11-18-1"));
    }

    @Test
    void aDecisionWithoutLifecycleHasNone() {
        Scenario scenario = reader.read("exempel.yaml", WITH_LIFECYCLE.substring(0,
                WITH_LIFECYCLE.indexOf("    lifecycle:")));

        assertThat(scenario.decisions().get(0).lifecycle()).isEmpty();
    }

    @Test
    void anUnknownFieldOfAStepIsRefusedOnItsOwnLineNamingTheFieldsThere() {
        String yaml = WITH_LIFECYCLE.replace("        date: 2025-11-24\n", "        datum: 2025-11-24\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(14);
        assertThat(error.rule()).isEqualTo("unknown-field");
        assertThat(error.problem()).contains("'datum'").contains("anslag step").contains("date, illustrative");
    }

    @Test
    void anUnknownStepTypeIsRefusedWithTheStepsThatExist() {
        String yaml = WITH_LIFECYCLE.replace("type: lagaKraft", "type: lagakraft");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(18);
        assertThat(error.rule()).isEqualTo("unknown-lifecycle-step");
        assertThat(error.problem()).contains("'lagakraft'").contains("justering, anslag, appeal");
    }

    @Test
    void aStepWithoutItsRequiredFieldIsRefusedNamingTheField() {
        String yaml = WITH_LIFECYCLE.replace("court: Förvaltningsrätten i Karlstad, courtCaseNumber", "courtCaseNumber");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(16);
        assertThat(error.rule()).isEqualTo("missing-field");
        assertThat(error.problem()).contains("'court'");
    }

    @Test
    void aStepDateThatDoesNotExistIsRefusedOnItsLine() {
        String yaml = WITH_LIFECYCLE.replace("date: 2025-11-21,", "date: 2025-11-31,");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(12);
        assertThat(error.rule()).isEqualTo("malformed-value");
    }

    @Test
    void aStepMarkedIllustrativeOnADecisionThatIsNotIsRefused() {
        String yaml = WITH_LIFECYCLE.replace("    illustrative: true\n", "");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(11);
        assertThat(error.rule()).isEqualTo("illustrative-step");
    }

    @Test
    void aStepRegisteredAtATimeInAnEntryRecordedNowIsRefused() {
        String yaml = WITH_LIFECYCLE.replace("    registeredAt: 2025-11-19T09:00:00Z\n", "");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(11);
        assertThat(error.rule()).isEqualTo("registered-at");
    }

    @Test
    void aStepThatIsNotAMappingIsRefused() {
        String yaml = WITH_LIFECYCLE.replace("      - {type: lagaKraft, date: 2026-04-03}\n", "      - lagaKraft\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(18);
        assertThat(error.rule()).isEqualTo("malformed-value");
    }
}
