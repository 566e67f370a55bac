package se.reorgledger.projections.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.BYGGNAMND;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.OVERFORMYNDARE;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.rules.RuleFinding;
import se.reorgledger.projections.scenario.AskersundLedger;
import se.reorgledger.projections.structure.UnitRef;

class CommitteesTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void aNamndShowsTheReglementeInForceAndTheKontorServingItOnTheDate() {
        CommitteeView in2025 = committee(LocalDate.of(2025, 6, 1), BYGGNAMND);
        CommitteeView in2026 = committee(LocalDate.of(2026, 6, 1), BYGGNAMND);

        assertThat(in2025.reglemente().version()).isEqualTo("2024");
        assertThat(in2025.servedBy()).containsExactly(new UnitRef(TEKNISKA, "Tekniska förvaltningen"));
        assertThat(in2026.reglemente().version()).isEqualTo("2026");
        assertThat(in2026.servedBy()).containsExactly(new UnitRef(KLK, "Kommunledningskontoret"));
    }

    @Test
    void aReglementeComesIntoForceOnItsDateAsCorrected() {
        AskersundLedger postponed = AskersundLedger.recordedWithReglementePostponed();
        LedgerProjection projection = postponed.projection();

        CommitteeView inFebruary = committee(projection, LocalDate.of(2026, 2, 1), postponed.latest(), BYGGNAMND);
        CommitteeView inMarch = committee(projection, LocalDate.of(2026, 3, 1), postponed.latest(), BYGGNAMND);

        assertThat(inFebruary.reglemente().version()).isEqualTo("2024");
        assertThat(inMarch.reglemente().version()).isEqualTo("2026");
        assertThat(inMarch.reglemente().inForceFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aGemensamNamndShowsItsMemberKommuner() {
        CommitteeView overformyndare = committee(LocalDate.of(2026, 6, 1), OVERFORMYNDARE);

        assertThat(overformyndare.type()).isEqualTo(CommitteeType.gemensam_namnd);
        assertThat(overformyndare.memberMunicipalities()).containsExactly("Laxå", "Lekeberg");
        assertThat(overformyndare.reglemente()).isNull();
    }

    @Test
    void aKontorWhoseKontorschefHasNotYetTakenUpTheRoleIsReportedAgainstTheGuideline() {
        LocalDate midJanuary = LocalDate.of(2026, 1, 15);

        List<RuleFinding> corrected = projection.rules(KOMMUN, midJanuary, ASKERSUND.afterCorrection())
                .findings();
        List<RuleFinding> asFirstKnown = projection.rules(KOMMUN, midJanuary, ASKERSUND.afterNameCorrection())
                .findings();

        assertThat(corrected).extracting(RuleFinding::guideline)
                .containsExactly(Guideline.KONTOR_LED_BY_KONTORSCHEF);
        assertThat(asFirstKnown).isEmpty();
    }

    private CommitteeView committee(LocalDate asOf, String committeeId) {
        return committee(projection, asOf, ASKERSUND.afterAnnulment(), committeeId);
    }

    private static CommitteeView committee(LedgerProjection projection, LocalDate asOf, java.time.Instant knownAt,
                                           String committeeId) {
        return projection.committees(KOMMUN, asOf, knownAt).committees().stream()
                .filter(committee -> committee.id().equals(committeeId)).findFirst().orElseThrow();
    }
}
