package se.reorgledger.projections.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.projections.scenario.AskersundLedger.BYGGNAMND;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK_KONTORSCHEF;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.MALIN_APPOINTED;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE_MOVED;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA;
import static se.reorgledger.projections.scenario.AskersundLedger.TEKNISKA_FORVALTNINGSCHEF;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;
import se.reorgledger.projections.structure.UnitRef;

class DiffTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2025, 12, 31);

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void theNewYearDiffShowsTheNovemberDecisionUnitByUnit() {
        DiffView diff = projection.diff(KOMMUN, NEW_YEARS_EVE, NEW_YEAR_2026, ASKERSUND.afterAnnulment());

        assertThat(diff.established()).extracting(UnitDifference::id).containsExactly(KLK);
        assertThat(diff.dissolved()).extracting(UnitDifference::name)
                .containsExactly("Kommunledningsförvaltningen", "Tekniska förvaltningen");
        assertThat(diff.moved()).singleElement().satisfies(moved -> {
            assertThat(moved.id()).isEqualTo(SERVICE);
            assertThat(moved.fromParent()).isEqualTo(new UnitRef(TEKNISKA, "Tekniska förvaltningen"));
            assertThat(moved.toParent()).isEqualTo(new UnitRef(KLK, "Kommunledningskontoret"));
            assertThat(moved.cause().changeId()).isEqualTo(SERVICE_MOVED);
            assertThat(moved.cause().decision().id()).isEqualTo(NOVEMBER_DECISION);
        });
        assertThat(diff.renamed()).isEmpty();
        assertThat(diff.chefRolesEnded()).extracting(ChefRoleDifference::id).containsExactly(TEKNISKA_FORVALTNINGSCHEF);
        assertThat(diff.chefRolesEstablished()).extracting(ChefRoleDifference::id).containsExactly(KLK_KONTORSCHEF);
        assertThat(diff.reglementen()).singleElement().satisfies(reglemente -> {
            assertThat(reglemente.committeeId()).isEqualTo(BYGGNAMND);
            assertThat(reglemente.version()).isEqualTo("2026");
            assertThat(reglemente.cause().decision().id()).isEqualTo(NOVEMBER_DECISION);
        });
    }

    @Test
    void aPostponedAppointmentLeavesTheNewYearDiffForTheFebruaryOne() {
        DiffView newYear = projection.diff(KOMMUN, NEW_YEARS_EVE, NEW_YEAR_2026, ASKERSUND.afterAnnulment());
        DiffView february = projection.diff(KOMMUN, NEW_YEARS_EVE, FEBRUARY_2026, ASKERSUND.afterAnnulment());
        DiffView asFirstKnown = projection.diff(KOMMUN, NEW_YEARS_EVE, NEW_YEAR_2026,
                ASKERSUND.afterNameCorrection());

        assertThat(newYear.appointments()).isEmpty();
        assertThat(february.appointments()).singleElement().satisfies(appointment -> {
            assertThat(appointment.from()).isNull();
            assertThat(appointment.to()).isEqualTo(new PersonRef("malin-rosen", "Malin Rosén"));
            assertThat(appointment.cause().changeId()).isEqualTo(MALIN_APPOINTED);
        });
        assertThat(asFirstKnown.appointments()).hasSize(1);
    }

    @Test
    void anAnnulledRenamingIsNoDifference() {
        LocalDate may = LocalDate.of(2026, 5, 1);

        assertThat(projection.diff(KOMMUN, FEBRUARY_2026, may, ASKERSUND.afterRename()).renamed()).hasSize(1);
        assertThat(projection.diff(KOMMUN, FEBRUARY_2026, may, ASKERSUND.afterAnnulment()).renamed()).isEmpty();
    }

    @Test
    void aDiffRunsForwardInTime() {
        assertThatThrownBy(() -> projection.diff(KOMMUN, NEW_YEAR_2026, NEW_YEARS_EVE, ASKERSUND.afterAnnulment()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
