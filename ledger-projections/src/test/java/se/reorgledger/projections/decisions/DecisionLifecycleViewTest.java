package se.reorgledger.projections.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.BYGGNAMND;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.committees.CommitteeView;
import se.reorgledger.projections.scenario.AskersundLedger;

/**
 * The November decision's life as the read side tells it at any knownAt: justerat, posted, its laga kraft
 * derived the day after the appeal period, or appealed and quashed in part, its annulled change kept in view.
 */
class DecisionLifecycleViewTest {

    private static final String ADOPTED_2026 = NOVEMBER_DECISION + ".10";
    private static final LocalDate ANSLAG = LocalDate.of(2025, 11, 28);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 19);
    /** Midnight in Sweden between the last day of the appeal period and the first of laga kraft. */
    private static final Instant PERIOD_ENDS = Instant.parse("2025-12-19T23:00:00Z");

    private static AskersundLedger justeratAndPosted() {
        AskersundLedger askersund = AskersundLedger.recorded();
        askersund.recordAlso(step(new LifecycleStep.Justering(LocalDate.of(2025, 11, 27))));
        askersund.recordAlso(step(new LifecycleStep.Anslag(ANSLAG)));
        return askersund;
    }

    private static RecordLifecycleStepCommand step(LifecycleStep step) {
        return new RecordLifecycleStepCommand(KOMMUN, NOVEMBER_DECISION, step);
    }

    @Test
    void aDecisionWithNothingRecordedOfItsLifeIsDecided() {
        AskersundLedger askersund = AskersundLedger.recorded();
        LifecycleView lifecycle = askersund.projection().decision(KOMMUN, NOVEMBER_DECISION, askersund.latest())
                .lifecycle();

        assertThat(lifecycle.status()).isEqualTo(DecisionStatus.decided);
        assertThat(lifecycle.steps()).isEmpty();
        assertThat(lifecycle.lagaKraftFrom()).isNull();
    }

    @Test
    void thePostedAnslagShowsTheLastDayOfTheAppealPeriod() {
        AskersundLedger askersund = justeratAndPosted();
        LifecycleView lifecycle = askersund.projection()
                .decision(KOMMUN, NOVEMBER_DECISION, PERIOD_ENDS.minusSeconds(1)).lifecycle();

        assertThat(lifecycle.status()).isEqualTo(DecisionStatus.anslagPosted);
        assertThat(lifecycle.anslagPostedOn()).isEqualTo(ANSLAG);
        assertThat(lifecycle.appealPeriodEnds()).isEqualTo(LAST_DAY);
        assertThat(lifecycle.lagaKraftFrom()).isNull();
        assertThat(lifecycle.steps()).extracting(LifecycleView.StepView::type).containsExactly("justering", "anslag");
        assertThat(lifecycle.steps()).allSatisfy(step -> assertThat(step.recordedBy()).isEqualTo("kommunsekreteraren"));
    }

    @Test
    void lagaKraftIsDerivedTheDayAfterTheAppealPeriodWhenNoAppealIsRecorded() {
        AskersundLedger askersund = justeratAndPosted();
        LedgerProjection projection = askersund.projection();
        LifecycleView lifecycle = projection.decision(KOMMUN, NOVEMBER_DECISION, PERIOD_ENDS).lifecycle();

        assertThat(lifecycle.status()).isEqualTo(DecisionStatus.lagaKraft);
        assertThat(lifecycle.lagaKraftFrom()).isEqualTo(LAST_DAY.plusDays(1));
        assertThat(lifecycle.lagaKraftDerived()).isTrue();
        assertThat(projection.decisions(KOMMUN, PERIOD_ENDS))
                .filteredOn(summary -> summary.decision().id().equals(NOVEMBER_DECISION)).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.status()).isEqualTo(DecisionStatus.lagaKraft);
                    assertThat(summary.lagaKraftFrom()).isEqualTo(LAST_DAY.plusDays(1));
                });
    }

    @Test
    void beforeItsAnslagWasRecordedTheDecisionIsOnlyJusterat() {
        AskersundLedger askersund = AskersundLedger.recorded();
        Instant justerat = askersund.recordAlso(step(new LifecycleStep.Justering(LocalDate.of(2025, 11, 27))));
        askersund.recordAlso(step(new LifecycleStep.Anslag(ANSLAG)));

        assertThat(askersund.projection().decision(KOMMUN, NOVEMBER_DECISION, justerat).lifecycle().status())
                .isEqualTo(DecisionStatus.justerat);
    }

    @Test
    void aRulingThatQuashesInPartAnnulsTheNamedChangeAsOfTheRulingAndTheDecisionKeepsIt() {
        AskersundLedger askersund = justeratAndPosted();
        Instant appealed = askersund.recordAlso(step(new LifecycleStep.Appeal(LocalDate.of(2025, 12, 10),
                "Förvaltningsrätten i Karlstad", "1234-25")));
        Instant ruled = askersund.recordAlso(step(new LifecycleStep.Ruling(LocalDate.of(2026, 3, 12),
                "Förvaltningsrätten i Karlstad", "1234-25", RulingOutcome.quashedInPart, List.of(ADOPTED_2026))));
        LedgerProjection projection = askersund.projection();

        DecisionView quashed = projection.decision(KOMMUN, NOVEMBER_DECISION, ruled);
        assertThat(quashed.lifecycle().status()).isEqualTo(DecisionStatus.quashedInPart);
        assertThat(quashed.lifecycle().ruling().annulledChangeIds()).containsExactly(ADOPTED_2026);
        assertThat(quashed.changes()).filteredOn(change -> change.changeId().equals(ADOPTED_2026)).singleElement()
                .extracting(DecidedChange::annulled).isEqualTo(true);
        assertThat(quashed.corrections()).singleElement().satisfies(correction ->
                assertThat(correction.reason()).contains("Förvaltningsrätten i Karlstad", "2026-03-12", "1234-25"));

        assertThat(reglemente(projection, ruled)).isEqualTo("2024");
        assertThat(reglemente(projection, appealed)).isEqualTo("2026");
        assertThat(projection.decision(KOMMUN, NOVEMBER_DECISION, appealed).lifecycle().status())
                .isEqualTo(DecisionStatus.appealed);
    }

    private static String reglemente(LedgerProjection projection, Instant knownAt) {
        return projection.committees(KOMMUN, LocalDate.of(2026, 6, 1), knownAt).committees().stream()
                .filter(committee -> committee.id().equals(BYGGNAMND)).map(CommitteeView::reglemente)
                .findFirst().orElseThrow().version();
    }
}
