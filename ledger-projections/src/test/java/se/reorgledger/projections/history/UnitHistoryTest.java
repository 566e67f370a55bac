package se.reorgledger.projections.history;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.ANNULMENT_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.CORRECTION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.MALIN_APPOINTED;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE_MOVED;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;

class UnitHistoryTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void aMoveIsToldWithTheNamesOfBothParentsOnItsDate() {
        List<ChangeView> changes = projection.history(KOMMUN, SERVICE, ASKERSUND.afterAnnulment()).changes();

        assertThat(changes).extracting(ChangeView::summary).containsExactly(
                "Serviceavdelningen inrättas som avdelning under Tekniska förvaltningen",
                "Serviceavdelningen flyttas från Tekniska förvaltningen till Kommunledningskontoret",
                "Serviceavdelningen byter namn till Service- och fastighetsavdelningen");
        ChangeView move = changes.get(1);
        assertThat(move.changeId()).isEqualTo(SERVICE_MOVED);
        assertThat(move.type()).isEqualTo("unitMoved");
        assertThat(move.effectiveDate()).isEqualTo(NEW_YEAR_2026);
        assertThat(move.recordedBy()).isEqualTo("registratorn");
        assertThat(move.decision().id()).isEqualTo(NOVEMBER_DECISION);
        assertThat(move.decision().organ()).isEqualTo("Kommunstyrelsen");
        assertThat(move.eventId()).isNotBlank();
    }

    @Test
    void anAnnulledChangeStaysInTheHistoryWithItsAnnulmentOnceTheAnnulmentIsKnown() {
        ChangeView rename = last(projection.history(KOMMUN, SERVICE, ASKERSUND.afterAnnulment()).changes());
        ChangeView renameBefore = last(projection.history(KOMMUN, SERVICE, ASKERSUND.afterRename()).changes());

        assertThat(rename.annulled()).isTrue();
        assertThat(rename.corrections()).singleElement().satisfies(annulment -> {
            assertThat(annulment.type()).isEqualTo("changeAnnulled");
            assertThat(annulment.decision().id()).isEqualTo(ANNULMENT_DECISION);
            assertThat(annulment.reason()).isEqualTo("Namnfrågan utreds vidare");
            assertThat(annulment.effectiveDate()).isNull();
        });
        assertThat(renameBefore.annulled()).isFalse();
        assertThat(renameBefore.corrections()).isEmpty();
    }

    @Test
    void theHistoryOfAUnitTellsOfItsChefRolesAndItsServiceToNamnder() {
        List<ChangeView> changes = projection.history(KOMMUN, TEKNISKA, ASKERSUND.afterAnnulment()).changes();

        assertThat(changes).extracting(ChangeView::summary).containsExactly(
                "Tekniska förvaltningen inrättas som förvaltning under Askersunds kommun",
                "Förvaltningschefsuppdraget för Tekniska förvaltningen inrättas",
                "Per Holm tillträder som förvaltningschef",
                "Tekniska förvaltningen börjar betjäna Bygg- och miljönämnden",
                "Förvaltningschefsuppdraget för Tekniska förvaltningen upphör",
                "Tekniska förvaltningen slutar betjäna Bygg- och miljönämnden",
                "Tekniska förvaltningen avvecklas, verksamheten övergår till Kommunledningskontoret");
    }

    @Test
    void aCorrectedDateMovesTheChangeInTheHistoryAndTheCorrectionIsShownWithIt() {
        ChangeView appointed = appointment(ASKERSUND.afterAnnulment());
        ChangeView appointedAsFirstKnown = appointment(ASKERSUND.afterNameCorrection());

        assertThat(appointed.summary()).isEqualTo("Malin Rosén tillträder som kontorschef");
        assertThat(appointed.effectiveDate()).isEqualTo(FEBRUARY_2026);
        assertThat(appointed.recordedEffectiveDate()).isEqualTo(NEW_YEAR_2026);
        assertThat(appointed.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.decision().id()).isEqualTo(CORRECTION_DECISION);
            assertThat(correction.effectiveDate()).isEqualTo(FEBRUARY_2026);
            assertThat(correction.targetChangeId()).isEqualTo(MALIN_APPOINTED);
        });
        assertThat(appointedAsFirstKnown.effectiveDate()).isEqualTo(NEW_YEAR_2026);
        assertThat(appointedAsFirstKnown.corrections()).isEmpty();
    }

    @Test
    void theHistoryAsKnownBeforeADecisionWasRecordedDoesNotShowIt() {
        assertThat(projection.history(KOMMUN, SERVICE, ASKERSUND.beforeNovemberDecision()).changes())
                .extracting(ChangeView::decision).extracting("id")
                .containsExactly(AskersundLedger.OLD_ORGANISATION_DECISION);
    }

    private ChangeView appointment(java.time.Instant knownAt) {
        return projection.history(KOMMUN, KLK, knownAt).changes().stream()
                .filter(change -> change.changeId().equals(MALIN_APPOINTED)).findFirst().orElseThrow();
    }

    private static ChangeView last(List<ChangeView> changes) {
        return changes.get(changes.size() - 1);
    }
}
