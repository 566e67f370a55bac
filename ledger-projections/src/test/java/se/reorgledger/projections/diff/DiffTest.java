package se.reorgledger.projections.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.reorgledger.projections.scenario.AskersundLedger.BYGGNAMND;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK_KONTORSCHEF;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.MALIN_APPOINTED;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OVERFORMYNDARE;
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
    void theNewYearDiffNamesSuccessorsTheHolderLeavingWithHisRoleAndTheKontorTakingOverTheNamnd() {
        DiffView diff = projection.diff(KOMMUN, NEW_YEARS_EVE, NEW_YEAR_2026, ASKERSUND.afterAnnulment());

        assertThat(diff.dissolved()).allSatisfy(unit ->
                assertThat(unit.successors()).containsExactly(new UnitRef(KLK, "Kommunledningskontoret")));
        assertThat(diff.appointments()).singleElement().satisfies(leaving -> {
            assertThat(leaving.chefRoleId()).isEqualTo(TEKNISKA_FORVALTNINGSCHEF);
            assertThat(leaving.from()).isEqualTo(new PersonRef("per-holm", "Per Holm"));
            assertThat(leaving.to()).isNull();
            assertThat(leaving.roleEnded()).isTrue();
            assertThat(leaving.cause().decision().id()).isEqualTo(NOVEMBER_DECISION);
        });
        assertThat(diff.services()).extracting(ServiceDifference::unit, ServiceDifference::started)
                .containsExactly(tuple(new UnitRef(KLK, "Kommunledningskontoret"), true),
                        tuple(new UnitRef(TEKNISKA, "Tekniska förvaltningen"), false));
        assertThat(diff.services()).allSatisfy(service -> {
            assertThat(service.committeeId()).isEqualTo(BYGGNAMND);
            assertThat(service.cause().decision().id()).isEqualTo(NOVEMBER_DECISION);
            assertThat(service.cause().decision().illustrative()).isTrue();
        });
        assertThat(diff.memberships()).isEmpty();
        assertThat(diff.kindChanged()).isEmpty();
        assertThat(diff.committeesRegistered()).isEmpty();
    }

    @Test
    void theOldOrganisationBroughtTheNamnderAndTheGemensamNamndsMembers() {
        DiffView diff = projection.diff(KOMMUN, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1),
                ASKERSUND.afterAnnulment());

        assertThat(diff.committeesRegistered()).extracting(CommitteeDifference::id)
                .containsExactly(BYGGNAMND, OVERFORMYNDARE);
        assertThat(diff.memberships()).extracting(MembershipDifference::municipality, MembershipDifference::joined)
                .containsExactly(tuple("Laxå", true), tuple("Lekeberg", true));
        assertThat(diff.memberships()).allSatisfy(membership ->
                assertThat(membership.cause().decision().id()).isEqualTo(OLD_ORGANISATION_DECISION));
        assertThat(diff.services()).singleElement().satisfies(service ->
                assertThat(service.unit().id()).isEqualTo(TEKNISKA));
    }

    @Test
    void aPostponedAppointmentLeavesTheNewYearDiffForTheFebruaryOne() {
        DiffView newYear = projection.diff(KOMMUN, NEW_YEARS_EVE, NEW_YEAR_2026, ASKERSUND.afterAnnulment());
        DiffView february = projection.diff(KOMMUN, NEW_YEARS_EVE, FEBRUARY_2026, ASKERSUND.afterAnnulment());
        DiffView asFirstKnown = projection.diff(KOMMUN, NEW_YEARS_EVE, NEW_YEAR_2026,
                ASKERSUND.afterNameCorrection());

        assertThat(newYear.appointments()).extracting(Appointment::chefRoleId)
                .containsExactly(TEKNISKA_FORVALTNINGSCHEF);
        assertThat(february.appointments()).filteredOn(appointment -> !appointment.roleEnded())
                .singleElement().satisfies(appointment -> {
            assertThat(appointment.from()).isNull();
            assertThat(appointment.to()).isEqualTo(new PersonRef("malin-rosen", "Malin Rosén"));
            assertThat(appointment.cause().changeId()).isEqualTo(MALIN_APPOINTED);
        });
        assertThat(asFirstKnown.appointments()).hasSize(2);
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
