package se.reorgledger.projections.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.projections.scenario.AskersundLedger.ANNULMENT_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.CORRECTION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.RENAME_DECISION;

import org.junit.jupiter.api.Test;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.scenario.AskersundLedger;

class DecisionsTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void decisionsAreListedOldestFirstWithWhatTheyDid() {
        assertThat(projection.decisions(KOMMUN, ASKERSUND.afterAnnulment()))
                .extracting(summary -> summary.decision().id(), DecisionSummary::changes,
                        DecisionSummary::corrections)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OLD_ORGANISATION_DECISION, 11, 0),
                        org.assertj.core.groups.Tuple.tuple(NOVEMBER_DECISION, 10, 0),
                        org.assertj.core.groups.Tuple.tuple(CORRECTION_DECISION, 0, 1),
                        org.assertj.core.groups.Tuple.tuple(RENAME_DECISION, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(ANNULMENT_DECISION, 0, 1));
        assertThat(projection.decisions(KOMMUN, ASKERSUND.beforeNovemberDecision()))
                .extracting(summary -> summary.decision().id()).containsExactly(OLD_ORGANISATION_DECISION);
    }

    @Test
    void aDecisionShowsEveryChangeItCausedInEffectiveOrderAndTheirLaterCorrections() {
        DecisionView november = projection.decision(KOMMUN, NOVEMBER_DECISION, ASKERSUND.afterAnnulment());

        assertThat(november.recordedBy()).isEqualTo("kommunsekreteraren");
        assertThat(november.changes()).hasSize(10);
        assertThat(november.changes()).extracting(DecidedChange::summary).startsWith(
                "Förvaltningschefsuppdraget för Tekniska förvaltningen upphör",
                "Tekniska förvaltningen slutar betjäna Bygg- och miljönämnden",
                "Kommunledningskontoret inrättas som kontor under Askersunds kommun");
        assertThat(november.changes()).extracting(DecidedChange::summary)
                .endsWith("Malin Rosén tillträder som kontorschef");
        assertThat(november.changes().get(9).corrections()).hasSize(1);
    }

    @Test
    void aCorrectingDecisionShowsItsCorrections() {
        DecisionView correction = projection.decision(KOMMUN, CORRECTION_DECISION, ASKERSUND.afterAnnulment());

        assertThat(correction.changes()).isEmpty();
        assertThat(correction.corrections()).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("Tillträdet sköts upp en månad"));
    }

    @Test
    void aDecisionIsUnknownBeforeItWasRecorded() {
        assertThatThrownBy(() -> projection.decision(KOMMUN, NOVEMBER_DECISION, ASKERSUND.beforeNovemberDecision()))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessageContaining("decision");
    }
}
