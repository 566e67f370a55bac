package se.reorgledger.projections.restatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.projections.scenario.AskersundLedger.ANNULMENT_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.CORRECTION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK_KONTORSCHEF;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.MALIN_APPOINTED;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.scenario.AskersundLedger;
import se.reorgledger.testkit.InMemoryLedger;

class RestatementsTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();
    private static final LocalDate MID_JANUARY = LocalDate.of(2026, 1, 15);

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void thePostponedAppointmentRestatesWhoHeldTheKontorschefRoleInJanuaryWithItsCorrection() {
        RestatementView restated = projection.restatements(KOMMUN, MID_JANUARY, ASKERSUND.afterNameCorrection(),
                ASKERSUND.afterCorrection());

        assertThat(restated.restated()).singleElement().satisfies(role -> {
            assertThat(role.entity()).isEqualTo("chefRole");
            assertThat(role.id()).isEqualTo(KLK_KONTORSCHEF);
            assertThat(role.differences()).contains(new Difference("holderId", "malin-rosen", null));
            assertThat(role.changes()).isEmpty();
            assertThat(role.corrections()).singleElement().satisfies(correction -> {
                assertThat(correction.targetChangeId()).isEqualTo(MALIN_APPOINTED);
                assertThat(correction.effectiveDate()).isEqualTo(FEBRUARY_2026);
                assertThat(correction.decision().id()).isEqualTo(CORRECTION_DECISION);
                assertThat(correction.decision().illustrative()).isTrue();
            });
        });
    }

    @Test
    void theSameCorrectionRestatesNothingAboutFebruary() {
        assertThat(projection.restatements(KOMMUN, FEBRUARY_2026, ASKERSUND.afterNameCorrection(),
                ASKERSUND.afterCorrection()).restated()).isEmpty();
    }

    @Test
    void theNovemberDecisionAsFirstRecordedRestatesNewYearsDayUnitByUnitWithItsChanges() {
        RestatementView restated = projection.restatements(KOMMUN, NEW_YEAR_2026,
                ASKERSUND.beforeNovemberDecision(), ASKERSUND.afterNovemberDecision());

        RestatedEntity klk = entity(restated, "unit", KLK);
        assertThat(klk.differences()).containsExactly(new Difference("inForce", false, true));
        assertThat(klk.changes()).extracting(ChangeView::type).containsExactly("unitEstablished");
        assertThat(klk.changes().get(0).decision().id()).isEqualTo(NOVEMBER_DECISION);
        RestatedEntity service = entity(restated, "unit", SERVICE);
        assertThat(service.differences()).containsExactly(new Difference("parentId", TEKNISKA, KLK));
        assertThat(entity(restated, "unit", TEKNISKA).differences())
                .containsExactly(new Difference("inForce", true, false));
        assertThat(restated.restated()).extracting(RestatedEntity::entity)
                .containsSubsequence("unit", "chefRole", "committee");
    }

    @Test
    void anAnnulledRenamingRestatesTheNameWithTheAnnulmentAsItsReason() {
        RestatedEntity service = projection.restatements(KOMMUN, LocalDate.of(2026, 5, 1), ASKERSUND.afterRename(),
                ASKERSUND.afterAnnulment()).restated().get(0);

        assertThat(service.id()).isEqualTo(SERVICE);
        assertThat(service.differences()).containsExactly(
                new Difference("name", "Service- och fastighetsavdelningen", "Serviceavdelningen"));
        assertThat(service.corrections()).extracting(CorrectionView::type).containsExactly("changeAnnulled");
        assertThat(service.corrections().get(0).decision().id()).isEqualTo(ANNULMENT_DECISION);
    }

    @Test
    void aNameCorrectedInThePersonRegisterRestatesTheHolderOfTheRolesThePersonHoldsOnTheDate() {
        RestatementView restated = projection.restatements(KOMMUN, FEBRUARY_2026, ASKERSUND.afterNovemberDecision(),
                ASKERSUND.afterNameCorrection());

        assertThat(restated.restated()).singleElement().satisfies(role -> {
            assertThat(role.entity()).isEqualTo("chefRole");
            assertThat(role.id()).isEqualTo(KLK_KONTORSCHEF);
            assertThat(role.differences()).containsExactly(
                    new Difference("holderName", "Malin Rosen", "Malin Rosén"));
            assertThat(role.changes()).isEmpty();
            assertThat(role.corrections()).isEmpty();
            assertThat(role.nameCorrections()).singleElement().satisfies(correction -> {
                assertThat(correction.personId()).isEqualTo("malin-rosen");
                assertThat(correction.name()).isEqualTo("Malin Rosén");
                assertThat(correction.reason()).isEqualTo("Stavningen i registret");
            });
        });
        // Before the new year Malin Rosén held no post: the correction restates nothing about that day.
        assertThat(projection.restatements(KOMMUN, LocalDate.of(2025, 12, 31), ASKERSUND.afterNovemberDecision(),
                ASKERSUND.afterNameCorrection()).restated()).isEmpty();
    }

    @Test
    void aNameCorrectedTogetherWithAPostponedAppointmentShowsBothReasons() {
        RestatedEntity role = entity(projection.restatements(KOMMUN, FEBRUARY_2026, ASKERSUND.afterNovemberDecision(),
                ASKERSUND.afterCorrection()), "chefRole", KLK_KONTORSCHEF);

        assertThat(role.differences()).containsExactly(new Difference("holderName", "Malin Rosen", "Malin Rosén"));
        assertThat(role.nameCorrections()).extracting(NameCorrectionView::reason)
                .containsExactly("Stavningen i registret");
        assertThat(role.corrections()).extracting(CorrectionView::targetChangeId).containsExactly(MALIN_APPOINTED);
    }

    @Test
    void sinceTheNovemberDecisionTheNameCorrectionTheDateCorrectionAndTheAnnulmentAreTheRestatements() {
        RestatementsSinceView since = projection.restatementsSince(KOMMUN, ASKERSUND.beforeNovemberDecision(),
                ASKERSUND.afterAnnulment());

        assertThat(since.restatements()).extracting(Restatement::type)
                .containsExactly("personNameCorrected", "effectiveDateCorrected", "changeAnnulled");
        Restatement renamed = since.restatements().get(0);
        assertThat(renamed.entity()).isEqualTo("person");
        assertThat(renamed.entityId()).isEqualTo("malin-rosen");
        assertThat(renamed.name()).isEqualTo("Malin Rosén");
        assertThat(renamed.reason()).isEqualTo("Stavningen i registret");
        assertThat(renamed.decision()).isNull();
        assertThat(renamed.recordedBy()).isNotBlank();
        // As known then, she held the kontorschef role from the new year, open-ended.
        assertThat(renamed.altered()).containsExactly(new DateRange(NEW_YEAR_2026, null));
        Restatement postponed = since.restatements().get(1);
        assertThat(postponed.targetChangeId()).isEqualTo(MALIN_APPOINTED);
        assertThat(postponed.entity()).isEqualTo("chefRole");
        assertThat(postponed.entityId()).isEqualTo(KLK_KONTORSCHEF);
        assertThat(postponed.altered()).containsExactly(new DateRange(NEW_YEAR_2026, LocalDate.of(2026, 1, 31)));
        Restatement annulled = since.restatements().get(2);
        assertThat(annulled.entityId()).isEqualTo(SERVICE);
        assertThat(annulled.altered()).containsExactly(new DateRange(LocalDate.of(2026, 4, 1), null));
        assertThat(annulled.decision().id()).isEqualTo(ANNULMENT_DECISION);
    }

    @Test
    void aChangeRecordedAfterTheDayItTookEffectIsRetroactiveAndOneRecordedAheadIsNot() {
        RestatementsSinceView since = projection.restatementsSince(KOMMUN, InMemoryLedger.EPOCH,
                ASKERSUND.beforeNovemberDecision());

        // The old organisation of 2024 was recorded in 2025: every one of its changes reached back.
        assertThat(since.restatements()).hasSize(11).allSatisfy(restatement -> {
            assertThat(restatement.targetChangeId()).isNull();
            assertThat(restatement.effectiveDate()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(restatement.altered()).isNotEmpty();
        });
        assertThat(projection.restatementsSince(KOMMUN, ASKERSUND.afterCorrection(), ASKERSUND.afterRename())
                .restatements()).isEmpty();
    }

    @Test
    void knowledgeRunsForwardInTime() {
        assertThatThrownBy(() -> projection.restatements(KOMMUN, NEW_YEAR_2026, ASKERSUND.afterAnnulment(),
                ASKERSUND.afterRename())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> projection.restatementsSince(KOMMUN, ASKERSUND.afterAnnulment(),
                ASKERSUND.afterRename())).isInstanceOf(IllegalArgumentException.class);
    }

    private static RestatedEntity entity(RestatementView view, String entity, String id) {
        return view.restated().stream().filter(restated -> restated.entity().equals(entity)
                && restated.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }
}
