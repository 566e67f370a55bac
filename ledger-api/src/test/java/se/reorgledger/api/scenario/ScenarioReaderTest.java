package se.reorgledger.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.UnitKind;

class ScenarioReaderTest {

    private final ScenarioReader reader = new ScenarioReader();

    private static final String TWO_DECISIONS = """
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
                paragraph: "§ 1"
                title: Ny förvaltning
                source: PM, Inledning
                changes:
                  - type: establishUnit
                    unitId: forvaltningen
                    name: Förvaltningen
                    kind: forvaltning
                    parentId: exempel
                    effectiveDate: 2025-02-01
                    source: PM, Nya kontor
                  - type: establishUnit
                    unitId: avdelningen
                    name: Avdelningen
                    kind: avdelning
                    parentId: forvaltningen
                    effectiveDate: 2025-02-01
              - id: ks-2025-03-10-2
                organ: Kommunstyrelsen
                decidedOn: 2025-03-10
                title: Flytt
                changes:
                  - {type: moveUnit, unitId: avdelningen, parentId: exempel, effectiveDate: 2025-04-01}
            """;

    @Test
    void everyDecisionAndChangeKeepsTheLineItStartsOn() {
        Scenario scenario = reader.read("exempel.yaml", TWO_DECISIONS);

        assertThat(scenario.organisation()).isEqualTo(new ScenarioOrganisation(1, "exempel", "Exempels kommun"));
        assertThat(scenario.persons()).containsExactly(new ScenarioPerson(5, "anna-andersson", "Anna Andersson"));
        assertThat(scenario.decisions()).extracting(ScenarioDecision::line).containsExactly(8, 28);
        assertThat(scenario.decisions().get(0).changes()).extracting(ScenarioChange::line).containsExactly(15, 22);
        assertThat(scenario.decisions().get(1).changes()).extracting(ScenarioChange::line).containsExactly(33);
    }

    @Test
    void changesAreReadInTheApiVocabularyWithTheirSourceSetAside() {
        Scenario scenario = reader.read("exempel.yaml", TWO_DECISIONS);

        ScenarioDecision first = scenario.decisions().get(0);
        assertThat(first.source()).isEqualTo("PM, Inledning");
        assertThat(first.changes().get(0).change()).isEqualTo(new EstablishUnit("forvaltningen", "Förvaltningen",
                UnitKind.forvaltning, "exempel", false, LocalDate.of(2025, 2, 1)));
        assertThat(first.changes().get(0).source()).isEqualTo("PM, Nya kontor");
        assertThat(first.changes().get(1).source()).isNull();
        assertThat(scenario.decisions().get(1).changes().get(0).change())
                .isEqualTo(new MoveUnit("avdelningen", "exempel", LocalDate.of(2025, 4, 1)));
    }

    @Test
    void aDecisionIsRecordedAsIllustrativeOnlyWhenMarkedSo() {
        Scenario scenario = reader.read("exempel.yaml", TWO_DECISIONS);

        assertThat(scenario.illustrative()).isFalse();
        assertThat(scenario.decisions()).allSatisfy(decision -> assertThat(decision.decision().illustrative()).isFalse());
    }

    @Test
    void aFileMarkedIllustrativeMakesEveryDecisionInItIllustrative() {
        Scenario scenario = reader.read("exempel.yaml", "illustrative: true\n" + TWO_DECISIONS);

        assertThat(scenario.illustrative()).isTrue();
        assertThat(scenario.decisions()).allSatisfy(decision -> assertThat(decision.decision().illustrative()).isTrue());
    }

    @Test
    void aDecisionMarkedNotIllustrativeInAnIllustrativeFileIsRefused() {
        String yaml = "illustrative: true\n" + TWO_DECISIONS.replace("    title: Flytt\n",
                "    title: Flytt\n    illustrative: false\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(33);
        assertThat(error.rule()).isEqualTo("illustrative-file");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        String yaml = TWO_DECISIONS.replace("    title: Flytt\n", "    title: [Flytt\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.file()).isEqualTo("exempel.yaml");
        assertThat(error.rule()).isEqualTo("yaml-syntax");
        assertThat(error.line()).isBetween(31, 33);
    }

    @Test
    void aFieldWrittenTwiceInOnePlaceIsRefused() {
        String yaml = TWO_DECISIONS.replace("    title: Flytt\n", "    title: Flytt\n    title: Flytten\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(32);
        assertThat(error.rule()).isEqualTo("duplicate-field");
    }

    @Test
    void anUnknownFieldOfADecisionIsRefusedOnItsOwnLine() {
        String yaml = TWO_DECISIONS.replace("    title: Flytt\n", "    titel: Flytt\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(31);
        assertThat(error.rule()).isEqualTo("unknown-field");
        assertThat(error.problem()).contains("'titel'").contains("title");
    }

    @Test
    void anUnknownFieldOfAChangeIsRefusedOnItsOwnLine() {
        String yaml = TWO_DECISIONS.replace("        parentId: forvaltningen\n", "        parent: forvaltningen\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(26);
        assertThat(error.rule()).isEqualTo("unknown-field");
        assertThat(error.problem()).contains("'parent'").contains("parentId");
    }

    @Test
    void aDecisionIsABeslutUnlessItsKindSaysOtherwise() {
        String yaml = TWO_DECISIONS.replace("    title: Flytt\n", """
                    title: Flytt
                    kind: delegationsbeslut
                    delegate: Kommundirektören
                    delegationPoint: "1.4"
                """);

        Scenario scenario = reader.read("exempel.yaml", yaml);

        assertThat(scenario.decisions().get(0).decision().kind()).isEqualTo(DecisionKind.beslut);
        assertThat(scenario.decisions().get(1).decision()).satisfies(delegated -> {
            assertThat(delegated.kind()).isEqualTo(DecisionKind.delegationsbeslut);
            assertThat(delegated.delegate()).isEqualTo("Kommundirektören");
            assertThat(delegated.delegationPoint()).isEqualTo("1.4");
        });
    }

    @Test
    void anUnknownKindIsRefusedOnItsLine() {
        String yaml = TWO_DECISIONS.replace("    title: Flytt\n", "    title: Flytt\n    kind: yttrande\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(32);
        assertThat(error.rule()).isEqualTo("malformed-value");
        assertThat(error.problem()).contains("yttrande").contains("beslut, forslag, delegationsbeslut");
    }

    @Test
    void aDelegateOnADecisionThatIsNotADelegationsbeslutIsRefused() {
        String yaml = TWO_DECISIONS.replace("    title: Flytt\n", "    title: Flytt\n    delegate: Kommundirektören\n");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.problem()).contains("delegationsbeslut");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedOnItsLine() {
        String yaml = TWO_DECISIONS.replace("decidedOn: 2025-03-10", "decidedOn: 2025-02-30");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(30);
        assertThat(error.rule()).isEqualTo("malformed-value");
        assertThat(error.problem()).contains("2025-02-30").contains("not a date that exists");
    }

    @Test
    void aMalformedIdentifierIsRefusedOnTheLineOfItsField() {
        String yaml = TWO_DECISIONS.replace("unitId: avdelningen\n        name", "unitId: Avdelningen 1\n        name");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(23);
        assertThat(error.rule()).isEqualTo("malformed-value");
        assertThat(error.problem()).contains("unitId").contains("lowercase");
    }

    @Test
    void aChangeWithoutARequiredFieldIsRefusedOnTheLineOfTheChange() {
        String yaml = TWO_DECISIONS.replace("        kind: avdelning\n", "");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(22);
        assertThat(error.rule()).isEqualTo("missing-field");
        assertThat(error.problem()).contains("'kind'");
    }

    @Test
    void anUnknownChangeTypeIsRefusedWithTheTypesThatExist() {
        String yaml = TWO_DECISIONS.replace("{type: moveUnit,", "{type: flyttaEnhet,");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(33);
        assertThat(error.rule()).isEqualTo("unknown-change-type");
        assertThat(error.problem()).contains("flyttaEnhet").contains("moveUnit");
    }

    @Test
    void aCommitteeRegistrationWritesItsCommitteeTypeAsCommitteeType() {
        String yaml = TWO_DECISIONS.replace("{type: moveUnit, unitId: avdelningen, parentId: exempel, effectiveDate: 2025-04-01}",
                "{type: registerCommittee, committeeId: ks, name: Kommunstyrelsen, committeeType: kommunstyrelse, "
                        + "effectiveDate: 2025-04-01}");

        Scenario scenario = reader.read("exempel.yaml", yaml);

        assertThat(scenario.decisions().get(1).changes().get(0).change()).isEqualTo(
                new RegisterCommittee("ks", "Kommunstyrelsen", CommitteeType.kommunstyrelse, LocalDate.of(2025, 4, 1)));
    }

    @Test
    void aCommitteeRegistrationWithoutItsCommitteeTypeIsRefusedNamingTheField() {
        String yaml = TWO_DECISIONS.replace("{type: moveUnit, unitId: avdelningen, parentId: exempel, effectiveDate: 2025-04-01}",
                "{type: registerCommittee, committeeId: ks, name: Kommunstyrelsen, effectiveDate: 2025-04-01}");

        ScenarioImportException error = catchThrowableOfType(ScenarioImportException.class,
                () -> reader.read("exempel.yaml", yaml));

        assertThat(error.line()).isEqualTo(33);
        assertThat(error.rule()).isEqualTo("missing-field");
        assertThat(error.problem()).contains("'committeeType'");
    }
}
