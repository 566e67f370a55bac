package se.reorgledger.projections.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.UPPDRAG;
import static se.reorgledger.projections.scenario.AskersundLedger.UPPDRAG_CARRIED_OUT;
import static se.reorgledger.projections.scenario.AskersundLedger.UPPDRAG_GIVEN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.assignment.TimetableEntry;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.decisions.DecidedChange;
import se.reorgledger.projections.decisions.DecisionView;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.scenario.AskersundLedger;

class AssignmentsTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recordedWithUppdrag();

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void anUppdragShowsWhoOwnsAndLeadsItItsTidplanAndTheDecisionThatGaveIt() {
        AssignmentView uppdrag = only(LocalDate.of(2025, 9, 1));

        assertThat(uppdrag.id()).isEqualTo(UPPDRAG);
        assertThat(uppdrag.owner()).isEqualTo("Kommundirektören");
        assertThat(uppdrag.leader()).isEqualTo("Peter Eineren");
        assertThat(uppdrag.timetable()).containsExactly(new TimetableEntry("Juni-augusti", "Kartläggning"));
        assertThat(uppdrag.givenOn()).isEqualTo(LocalDate.of(2025, 6, 18));
        assertThat(uppdrag.givenBy()).extracting(DecisionRef::id, DecisionRef::organ)
                .containsExactly(UPPDRAG_GIVEN, "Kommundirektören");
        assertThat(uppdrag.carriedOutBy()).isEmpty();
    }

    @Test
    void theDecisionsThatCarryAnUppdragOutAreListedFromTheirDate() {
        AssignmentView uppdrag = only(LocalDate.of(2025, 12, 1));

        assertThat(uppdrag.carriedOutBy()).extracting(DecisionRef::id).containsExactly(UPPDRAG_CARRIED_OUT);
    }

    @Test
    void beforeItIsGivenThereIsNoUppdrag() {
        assertThat(projection.assignments(KOMMUN, LocalDate.of(2025, 6, 17), ASKERSUND.latest()).assignments())
                .isEmpty();
    }

    @Test
    void aDecisionListsTheUppdragItGivesAndCarriesOut() {
        DecisionView given = projection.decision(KOMMUN, UPPDRAG_GIVEN, ASKERSUND.latest());
        DecisionView carriedOut = projection.decision(KOMMUN, UPPDRAG_CARRIED_OUT, ASKERSUND.latest());

        assertThat(given.changes()).extracting(DecidedChange::summary).containsExactly("Uppdraget \"Ny avdelning för "
                + "kultur, näringsliv och samhällsengagemang\" ges, med Kommundirektören som ägare och Peter Eineren "
                + "som uppdragsledare");
        assertThat(carriedOut.changes()).extracting(DecidedChange::summary).containsExactly("Beslutet genomför "
                + "uppdraget \"Ny avdelning för kultur, näringsliv och samhällsengagemang\"");
    }

    private AssignmentView only(LocalDate asOf) {
        AssignmentsView view = projection.assignments(KOMMUN, asOf, ASKERSUND.latest());
        assertThat(view.assignments()).hasSize(1);
        return view.assignments().get(0);
    }
}
