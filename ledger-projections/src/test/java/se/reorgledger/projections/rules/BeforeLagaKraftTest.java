package se.reorgledger.projections.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.FEBRUARY_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.OLD_ORGANISATION_DECISION;
import static se.reorgledger.projections.scenario.AskersundLedger.SERVICE_MOVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;

class BeforeLagaKraftTest {

    private static final LocalDate RULED = LocalDate.of(2026, 3, 12);

    private final AskersundLedger askersund = AskersundLedger.recorded();

    private Instant step(LifecycleStep step) {
        return askersund.recordAlso(new RecordLifecycleStepCommand(KOMMUN, NOVEMBER_DECISION, step));
    }

    private static List<RuleFinding> beforeLagaKraft(LedgerProjection projection, LocalDate asOf,
                                                     Instant knownAt) {
        return projection.rules(KOMMUN, asOf, knownAt).findings().stream()
                .filter(finding -> finding.guideline() == Guideline.IN_FORCE_BEFORE_LAGA_KRAFT).toList();
    }

    @Test
    void aDecisionInForceWhileItsAppealPeriodRunsIsReportedWithItsChanges() {
        Instant beforeAnslag = askersund.latest();
        step(new LifecycleStep.Justering(LocalDate.of(2025, 11, 27)));
        Instant posted = step(new LifecycleStep.Anslag(LocalDate.of(2025, 11, 28)));
        LedgerProjection projection = askersund.projection();

        assertThat(beforeLagaKraft(projection, NEW_YEAR_2026, posted)).singleElement().satisfies(finding -> {
            assertThat(finding.subjects()).startsWith(NOVEMBER_DECISION).contains(SERVICE_MOVED);
            assertThat(finding.message()).contains("has no laga kraft (anslagPosted)");
        });
        assertThat(beforeLagaKraft(projection, NEW_YEAR_2026, beforeAnslag))
                .as("without an anslag nothing says where the decision stands").isEmpty();
        assertThat(beforeLagaKraft(projection, LocalDate.of(2025, 12, 31), posted))
                .as("nothing of it is in force before New Year's Day").isEmpty();
    }

    @Test
    void aDecisionUpheldAndGivenLagaKraftAfterItTookEffectIsReportedUntilThatDay() {
        step(new LifecycleStep.Justering(LocalDate.of(2025, 11, 27)));
        step(new LifecycleStep.Anslag(LocalDate.of(2025, 11, 28)));
        step(new LifecycleStep.Appeal(LocalDate.of(2025, 12, 10), "Förvaltningsrätten i Karlstad", "1234-25"));
        step(new LifecycleStep.Ruling(RULED, "Förvaltningsrätten i Karlstad", "1234-25", RulingOutcome.upheld,
                List.of()));
        Instant lagaKraft = step(new LifecycleStep.LagaKraft(RULED));
        LedgerProjection projection = askersund.projection();

        assertThat(beforeLagaKraft(projection, FEBRUARY_2026, lagaKraft)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("gains laga kraft only on 2026-03-12"));
        assertThat(beforeLagaKraft(projection, RULED, lagaKraft)).isEmpty();
        assertThat(projection.rules(KOMMUN, FEBRUARY_2026, lagaKraft).findings())
                .noneMatch(finding -> finding.subjects().contains(OLD_ORGANISATION_DECISION));
    }
}
