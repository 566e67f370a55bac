package se.reorgledger.projections.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.ANNULMENT_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.CORRECTION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.RENAME_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA;

import org.junit.jupiter.api.Test;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.scenario.AskersundLedger;

class DecisionTrailTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void theTrailOfAMergedUnitRunsThroughTheUnitsDissolvedIntoIt() {
        DecisionTrailView trail = projection.decisionTrail(KOMMUN, KLK, ASKERSUND.afterAnnulment());

        assertThat(trail.lineage()).containsExactly(KLK, TEKNISKA, "klf");
        assertThat(trail.decisions()).extracting(decision -> decision.decision().id())
                .containsExactly(OLD_ORGANISATION_DECISION, NOVEMBER_DECISION, CORRECTION_DECISION);
        assertThat(trail.decisions().get(0).changes()).extracting(ChangeView::summary)
                .contains("Tekniska förvaltningen inrättas som förvaltning under Askersunds kommun",
                        "Kommunledningsförvaltningen inrättas som förvaltning under Askersunds kommun");
    }

    @Test
    void aDecisionThatOnlyAnnulledAChangeIsInTheTrailWithItsAnnulment() {
        DecisionTrailView trail = projection.decisionTrail(KOMMUN, SERVICE, ASKERSUND.afterAnnulment());

        assertThat(trail.lineage()).containsExactly(SERVICE);
        assertThat(trail.decisions()).extracting(decision -> decision.decision().id())
                .containsExactly(OLD_ORGANISATION_DECISION, NOVEMBER_DECISION, RENAME_DECISION, ANNULMENT_DECISION);
        TrailDecision annulment = trail.decisions().get(3);
        assertThat(annulment.changes()).isEmpty();
        assertThat(annulment.corrections()).singleElement()
                .satisfies(correction -> assertThat(correction.targetChangeId()).isEqualTo(RENAME_DECISION + ".1"));
    }

    @Test
    void beforeTheMergerWasRecordedTheTrailHasNoPredecessors() {
        assertThat(projection.decisionTrail(KOMMUN, TEKNISKA, ASKERSUND.beforeNovemberDecision()).lineage())
                .containsExactly(TEKNISKA);
    }
}
