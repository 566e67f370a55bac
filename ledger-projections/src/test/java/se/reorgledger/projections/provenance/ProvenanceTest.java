package se.reorgledger.projections.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.ANNULMENT_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.BYGGNAMND;
import static se.reorgledger.projections.scenario.AskersundLedger.CORRECTION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK_KONTORSCHEF;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.RENAME_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.scenario.AskersundLedger;

/** The decisions behind a fact follow the ledger: on the date asked about, as known at the time asked about. */
class ProvenanceTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 15);

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void aUnitsDecisionsAreThoseOfItsChangesInEffectThenAndAnAnnulmentStandsForTheChangeItAnnulled() {
        Provenance beforeAnnulment = projection.structure(KOMMUN, APRIL, ASKERSUND.afterRename())
                .provenance().units().get(SERVICE);
        Provenance afterAnnulment = projection.structure(KOMMUN, APRIL, ASKERSUND.afterAnnulment())
                .provenance().units().get(SERVICE);

        assertThat(beforeAnnulment.decisions())
                .containsExactly(OLD_ORGANISATION_DECISION, NOVEMBER_DECISION, RENAME_DECISION);
        assertThat(afterAnnulment.decisions())
                .containsExactly(OLD_ORGANISATION_DECISION, NOVEMBER_DECISION, ANNULMENT_DECISION);
        assertThat(afterAnnulment.illustrative()).isTrue();
    }

    @Test
    void aHoldersProvenanceIsTheAppointmentAndTheCorrectionThatDatedIt() {
        assertThat(projection.unit(KOMMUN, KLK, LocalDate.of(2026, 1, 15), ASKERSUND.afterNovemberDecision())
                .provenance().holders().get(KLK_KONTORSCHEF).decisions()).containsExactly(NOVEMBER_DECISION);
        assertThat(projection.unit(KOMMUN, KLK, LocalDate.of(2026, 1, 15), ASKERSUND.afterCorrection())
                .provenance().holders()).doesNotContainKey(KLK_KONTORSCHEF);
        assertThat(projection.unit(KOMMUN, KLK, FEBRUARY_2026, ASKERSUND.afterCorrection())
                .provenance().holders().get(KLK_KONTORSCHEF).decisions())
                .containsExactly(NOVEMBER_DECISION, CORRECTION_DECISION);
    }

    @Test
    void aNämndsReglementeAndServiceNameTheDecisionsThatMadeThem() {
        CommitteeView before = committee(LocalDate.of(2025, 12, 31));
        CommitteeView after = committee(FEBRUARY_2026);

        assertThat(before.provenance().reglemente().decisions()).containsExactly(OLD_ORGANISATION_DECISION);
        assertThat(after.provenance().reglemente().decisions()).containsExactly(NOVEMBER_DECISION);
        assertThat(after.provenance().servedBy().get(KLK).decisions()).containsExactly(NOVEMBER_DECISION);
        assertThat(after.host()).isNull();
    }

    private CommitteeView committee(LocalDate asOf) {
        return projection.committees(KOMMUN, asOf, ASKERSUND.afterAnnulment()).committees().stream()
                .filter(committee -> committee.id().equals(BYGGNAMND)).findFirst().orElseThrow();
    }
}
