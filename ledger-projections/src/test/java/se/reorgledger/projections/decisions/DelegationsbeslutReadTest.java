package se.reorgledger.projections.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.reorgledger.projections.scenario.AskersundLedger.BYGGNAMND;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.OVERFORMYNDARE;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;

/**
 * A delegationsbeslut reported (anmält) to Bygg- och miljönämnden: its anmälan on the decision's lifecycle, the
 * nämnd's list of what was reported to it as known at any moment, and the decisions listed by kind.
 */
class DelegationsbeslutReadTest {

    private static final String DELEGATED = "bn-d-2026-01-12-3";
    private static final String PROPOSAL = "kd-2025-06-18-pm";
    private static final LocalDate REPORTED = LocalDate.of(2026, 2, 9);

    private static final AskersundLedger ASKERSUND = AskersundLedger.recorded();
    private static final Instant BEFORE_ANMALAN;
    private static final Instant AFTER_ANMALAN;

    static {
        ASKERSUND.recordAlso(new RecordDecisionCommand(KOMMUN, new Decision(DELEGATED, "Bygg- och miljönämnden",
                LocalDate.of(2026, 1, 12), null, "BMN 2026/4", "Bygglov för förskola", true,
                DecisionKind.delegationsbeslut, "Bygglovshandläggaren", "3.2")));
        ASKERSUND.recordAlso(new RecordDecisionCommand(KOMMUN, new Decision(PROPOSAL, "Kommundirektören",
                LocalDate.of(2025, 6, 18), null, null, "PM – förslag", false, DecisionKind.forslag, null, null)));
        BEFORE_ANMALAN = ASKERSUND.latest();
        AFTER_ANMALAN = ASKERSUND.recordAlso(new RecordLifecycleStepCommand(KOMMUN, DELEGATED,
                new LifecycleStep.Anmalan(REPORTED, BYGGNAMND, "§ 14")));
    }

    private final LedgerProjection projection = ASKERSUND.projection();

    @Test
    void theAnmalanIsOnTheDelegationsbeslutsLifecycleAndLeavesItsStatus() {
        LifecycleView lifecycle = projection.decision(KOMMUN, DELEGATED, AFTER_ANMALAN).lifecycle();

        assertThat(lifecycle.anmalan()).isEqualTo(new LifecycleView.Anmalan(REPORTED, BYGGNAMND, "§ 14"));
        assertThat(lifecycle.steps()).extracting(LifecycleView.StepView::type).containsExactly("anmalan");
        assertThat(lifecycle.status()).isEqualTo(DecisionStatus.decided);
        assertThat(projection.decision(KOMMUN, DELEGATED, BEFORE_ANMALAN).lifecycle().anmalan()).isNull();
    }

    @Test
    void theNamndListsTheDelegationsbeslutReportedToItAsKnownAtAMoment() {
        ReportedDelegationsbeslutView reported = projection.reportedDelegationsbeslut(KOMMUN, BYGGNAMND,
                AFTER_ANMALAN);

        assertThat(reported.delegationsbeslut()).singleElement().satisfies(one -> {
            assertThat(one.decision().id()).isEqualTo(DELEGATED);
            assertThat(one.decision().delegate()).isEqualTo("Bygglovshandläggaren");
            assertThat(one.reportedOn()).isEqualTo(REPORTED);
            assertThat(one.paragraph()).isEqualTo("§ 14");
            assertThat(one.recordedBy()).isEqualTo("kommunsekreteraren");
        });
        assertThat(projection.reportedDelegationsbeslut(KOMMUN, BYGGNAMND, BEFORE_ANMALAN).delegationsbeslut())
                .isEmpty();
        assertThat(projection.reportedDelegationsbeslut(KOMMUN, OVERFORMYNDARE, AFTER_ANMALAN).delegationsbeslut())
                .isEmpty();
        assertThatThrownBy(() -> projection.reportedDelegationsbeslut(KOMMUN, "ingen-namnd", AFTER_ANMALAN))
                .isInstanceOf(UnknownEntityException.class);
    }

    @Test
    void decisionsAreListedByKind() {
        assertThat(projection.decisions(KOMMUN, AFTER_ANMALAN, query(DecisionKind.delegationsbeslut)).decisions())
                .extracting(summary -> summary.decision().id()).containsExactly(DELEGATED);
        assertThat(projection.decisions(KOMMUN, AFTER_ANMALAN, query(DecisionKind.forslag)).decisions())
                .extracting(summary -> summary.decision().id()).containsExactly(PROPOSAL);
        assertThat(projection.decisions(KOMMUN, AFTER_ANMALAN, query(DecisionKind.beslut)).decisions())
                .extracting(summary -> summary.decision().kind()).isNotEmpty()
                .containsOnly(DecisionKind.beslut);
    }

    private static DecisionQuery query(DecisionKind kind) {
        return new DecisionQuery(null, null, null, null, null, null, null, null, kind, null,
                DecisionQuery.UNLIMITED);
    }
}
