package se.reorgledger.projections.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.COOPERATION;
import static se.reorgledger.projections.scenario.AskersundLedger.COOPERATION_JOINED;
import static se.reorgledger.projections.scenario.AskersundLedger.CORRECTION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK_KONTORSCHEF;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.UPPDRAG;
import static se.reorgledger.projections.scenario.AskersundLedger.UPPDRAG_CARRIED_OUT;
import static se.reorgledger.projections.scenario.AskersundLedger.UPPDRAG_GIVEN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.projections.assignments.AssignmentView;
import se.reorgledger.projections.people.ChefRoleView;
import se.reorgledger.projections.rules.RuleFinding;
import se.reorgledger.projections.rules.RulesView;
import se.reorgledger.projections.scenario.AskersundLedger;

/**
 * The reads beside the structure carry provenance too: the chef roles (the role and its holder apart), a
 * person's posts, the uppdrag, the cooperations and the subjects of the rules report. Every decision of the
 * small Askersund ledger is illustrative, so every fact here is marked.
 */
class ReadProvenanceTest {

    private static final LocalDate MID_JANUARY = LocalDate.of(2026, 1, 15);

    @Test
    void aChefRoleTellsTheDecisionsOfTheRoleFromThoseOfItsHolder() {
        AskersundLedger askersund = AskersundLedger.recorded();
        ChefRoleView january = kontorschef(askersund, MID_JANUARY);
        ChefRoleView february = kontorschef(askersund, FEBRUARY_2026);

        assertThat(january.provenance().role().decisions()).containsExactly(NOVEMBER_DECISION);
        assertThat(january.provenance().holder()).as("no holder until the corrected date").isNull();
        assertThat(february.provenance().role().decisions()).containsExactly(NOVEMBER_DECISION, CORRECTION_DECISION);
        assertThat(february.provenance().holder().decisions()).containsExactly(NOVEMBER_DECISION, CORRECTION_DECISION);
        assertThat(february.provenance().holder().illustrative()).isTrue();
    }

    @Test
    void aPostNamesTheDecisionsOfItsEndsAndOfTheirCorrections() {
        AskersundLedger askersund = AskersundLedger.recorded();

        assertThat(askersund.projection().person(KOMMUN, "malin-rosen", askersund.latest()).posts())
                .singleElement().satisfies(post -> {
                    assertThat(post.provenance().decisions()).containsExactly(NOVEMBER_DECISION, CORRECTION_DECISION);
                    assertThat(post.provenance().illustrative()).isTrue();
                });
        assertThat(askersund.projection().person(KOMMUN, "per-holm", askersund.latest()).posts())
                .singleElement().satisfies(post -> assertThat(post.provenance().decisions())
                        .containsExactly(OLD_ORGANISATION_DECISION, NOVEMBER_DECISION));
    }

    @Test
    void anUppdragNamesTheDecisionsThatGaveAndCarriedItOutByTheDate() {
        AskersundLedger askersund = AskersundLedger.recordedWithUppdrag();

        assertThat(uppdrag(askersund, LocalDate.of(2025, 9, 1)).provenance().decisions())
                .containsExactly(UPPDRAG_GIVEN);
        AssignmentView carriedOut = uppdrag(askersund, LocalDate.of(2025, 12, 1));
        assertThat(carriedOut.provenance().decisions()).containsExactly(UPPDRAG_GIVEN, UPPDRAG_CARRIED_OUT);
        assertThat(carriedOut.provenance().illustrative()).isTrue();
    }

    @Test
    void aCooperationNamesTheDecisionByWhichTheKommunJoinedIt() {
        AskersundLedger askersund = AskersundLedger.recordedWithCooperation();

        assertThat(askersund.projection().cooperations(KOMMUN, LocalDate.of(2026, 3, 1), askersund.latest())
                .cooperations()).singleElement().satisfies(cooperation -> {
                    assertThat(cooperation.id()).isEqualTo(COOPERATION);
                    assertThat(cooperation.provenance().decisions()).containsExactly(COOPERATION_JOINED);
                    assertThat(cooperation.provenance().illustrative()).isTrue();
                });
    }

    @Test
    void aFindingOfTheRulesReportIsMarkedWhenOneOfItsSubjectsRestsOnAnIllustrativeDecision() {
        AskersundLedger askersund = AskersundLedger.recorded();
        RulesView rules = askersund.projection().rules(KOMMUN, MID_JANUARY, askersund.latest());

        assertThat(rules.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.guideline()).isEqualTo(Guideline.KONTOR_LED_BY_KONTORSCHEF);
            assertThat(finding.subjects()).containsExactly(KLK, KLK_KONTORSCHEF);
            assertThat(finding.illustrative()).isTrue();
        });
        assertThat(rules.provenance()).containsOnlyKeys(KLK, KLK_KONTORSCHEF);
        assertThat(rules.provenance().get(KLK).decisions()).containsExactly(NOVEMBER_DECISION);
        assertThat(rules.findings()).extracting(RuleFinding::message).singleElement().asString()
                .contains("no holder recorded");
    }

    private static ChefRoleView kontorschef(AskersundLedger askersund, LocalDate asOf) {
        return askersund.projection().chefRoles(KOMMUN, asOf, askersund.latest()).chefRoles().stream()
                .filter(role -> role.id().equals(KLK_KONTORSCHEF)).findFirst().orElseThrow();
    }

    private static AssignmentView uppdrag(AskersundLedger askersund, LocalDate asOf) {
        return askersund.projection().assignments(KOMMUN, asOf, askersund.latest()).assignments().stream()
                .filter(assignment -> assignment.id().equals(UPPDRAG)).findFirst().orElseThrow();
    }
}
