package se.reorgledger.projections.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.projections.scenario.AskersundLedger.CORRECTION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;

class DecisionEventsTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void aDecisionsEventsAreItsRecordingThenItsChangesInTheLedgersOrderEachWithItsEventId() {
        List<DecisionEvent> events = projection.decisionEvents(KOMMUN, NOVEMBER_DECISION, ASKERSUND.afterAnnulment());
        DecisionView view = projection.decision(KOMMUN, NOVEMBER_DECISION, ASKERSUND.afterAnnulment());

        assertThat(events).hasSize(1 + view.changes().size());
        assertThat(events.get(0).what()).isEqualTo("decisionRecorded");
        assertThat(events).extracting(DecisionEvent::globalIndex).isSorted().doesNotHaveDuplicates();
        assertThat(events.subList(1, events.size())).extracting(DecisionEvent::eventId)
                .containsExactlyInAnyOrderElementsOf(view.changes().stream().map(DecidedChange::eventId).toList());
    }

    @Test
    void aCorrectingDecisionsEventsHoldItsCorrection() {
        List<DecisionEvent> events = projection.decisionEvents(KOMMUN, CORRECTION_DECISION,
                ASKERSUND.afterAnnulment());
        DecisionView view = projection.decision(KOMMUN, CORRECTION_DECISION, ASKERSUND.afterAnnulment());

        assertThat(events).extracting(DecisionEvent::eventId).endsWith(view.corrections().get(0).eventId());
        assertThat(events.get(1).changeId()).isEqualTo(view.corrections().get(0).changeId());
    }

    @Test
    void aDecisionHasNoPlaceInTheLedgerBeforeItWasRecorded() {
        assertThatThrownBy(() -> projection.decisionEvents(KOMMUN, NOVEMBER_DECISION,
                ASKERSUND.beforeNovemberDecision())).isInstanceOf(UnknownEntityException.class);
    }
}
