package se.reorgledger.projections.cooperations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.COOPERATION;
import static se.reorgledger.projections.scenario.AskersundLedger.COOPERATION_JOINED;
import static se.reorgledger.projections.scenario.AskersundLedger.COOPERATION_LEFT;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.decisions.DecidedChange;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.decisions.DecisionView;
import se.reorgledger.projections.scenario.AskersundLedger;

class CooperationsTest {

    private static final AskersundLedger ASKERSUND = AskersundLedger.recordedWithCooperation();

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void aCooperationIsListedFromTheDayTheKommunJoinsItWithItsHostAndDecision() {
        List<CooperationView> in2025 = cooperations(LocalDate.of(2025, 6, 1));

        assertThat(in2025).singleElement().satisfies(cooperation -> {
            assertThat(cooperation.id()).isEqualTo(COOPERATION);
            assertThat(cooperation.name()).isEqualTo("Sydnärke IT");
            assertThat(cooperation.host()).isEqualTo("Värdkommunen");
            assertThat(cooperation.partners()).isEqualTo("Tre andra kommuner");
            assertThat(cooperation.joinedOn()).isEqualTo(LocalDate.of(2015, 1, 1));
            assertThat(cooperation.joinedBy().id()).isEqualTo(COOPERATION_JOINED);
        });
        assertThat(cooperations(LocalDate.of(2014, 12, 31))).isEmpty();
    }

    @Test
    void aCooperationIsNoLongerListedFromTheDayTheKommunLeavesIt() {
        assertThat(cooperations(LocalDate.of(2026, 12, 31))).hasSize(1);
        assertThat(cooperations(LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void aDecisionSaysInSwedishThatTheKommunJoinsAndLeaves() {
        DecisionView joined = projection.decision(KOMMUN, COOPERATION_JOINED, ASKERSUND.latest());
        DecisionView left = projection.decision(KOMMUN, COOPERATION_LEFT, ASKERSUND.latest());

        assertThat(joined.changes()).extracting(DecidedChange::summary).containsExactly("Kommunen går med i "
                + "samarbetet Sydnärke IT (drift, infrastruktur och gemensamma IT-resurser; värd: Värdkommunen)");
        assertThat(left.changes()).extracting(DecidedChange::summary)
                .containsExactly("Kommunen lämnar samarbetet Sydnärke IT");
    }

    private List<CooperationView> cooperations(LocalDate asOf) {
        return projection.cooperations(KOMMUN, asOf, ASKERSUND.latest()).cooperations();
    }
}
