package se.reorgledger.core.organisation;

import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.OPENING_DECISION;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.reorgledger.core.committee.CommitteeDissolvedEvent;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.decision.DelegationsbeslutReportedEvent;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.core.rules.HardRule;

/**
 * The anmälan of a delegationsbeslut to its nämnd, allowed on a delegationsbeslut only, and a proposal (förslag),
 * which has no life of a decision: every step on it is refused naming the rule, and nothing is recorded.
 */
class AnmalanAndProposalLifecycleTest {

    private static final String DELEGATED = "kd-2025-12-15-enheter";
    private static final String PROPOSAL = "kd-2025-06-18-pm-forslag";
    private static final String NAMND = "tekniska-namnden";
    private static final LocalDate DECIDED = LocalDate.of(2025, 12, 15);
    private static final LocalDate REPORTED = LocalDate.of(2026, 1, 20);

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    private static List<Object> withDelegationsbeslutAndProposal(Object... more) {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(DecisionRecordedEvent.of(ORG, new Decision(DELEGATED, "Tekniska nämnden", DECIDED, null,
                "TN 2025/12", "Enhetsindelning", true, DecisionKind.delegationsbeslut, "Förvaltningschefen",
                "1.4")));
        history.add(DecisionRecordedEvent.of(ORG, new Decision(PROPOSAL, "Kommundirektören",
                LocalDate.of(2025, 6, 18), null, null, "PM – förslag till ny organisation", false,
                DecisionKind.forslag, null, null)));
        history.addAll(List.of(more));
        return history;
    }

    private static RecordLifecycleStepCommand step(String decisionId, LifecycleStep step) {
        return new RecordLifecycleStepCommand(ORG, decisionId, step);
    }

    @Test
    void aDelegationsbeslutIsReportedToARegisteredNamnd() {
        fixture.given(withDelegationsbeslutAndProposal())
                .when(step(DELEGATED, new LifecycleStep.Anmalan(REPORTED, NAMND, "§ 4")))
                .expectEvents(new DelegationsbeslutReportedEvent(ORG, DELEGATED, REPORTED, NAMND, "§ 4"))
                .expectResultMessagePayload(true);
    }

    @Test
    void theSameAnmalanSentAgainRecordsNothing() {
        fixture.given(withDelegationsbeslutAndProposal(
                        new DelegationsbeslutReportedEvent(ORG, DELEGATED, REPORTED, NAMND, "§ 4")))
                .when(step(DELEGATED, new LifecycleStep.Anmalan(REPORTED, NAMND, "§ 4")))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aDecisionThatIsNotADelegationsbeslutIsNotReported() {
        fixture.given(withDelegationsbeslutAndProposal())
                .when(step(NOVEMBER, new LifecycleStep.Anmalan(REPORTED, NAMND, "§ 4")))
                .expectException(refusedBy(HardRule.ANMALAN_OF_DELEGATIONSBESLUT))
                .expectNoEvents();
    }

    @Test
    void aDelegationsbeslutIsReportedOnce() {
        fixture.given(withDelegationsbeslutAndProposal(
                        new DelegationsbeslutReportedEvent(ORG, DELEGATED, REPORTED, NAMND, "§ 4")))
                .when(step(DELEGATED, new LifecycleStep.Anmalan(REPORTED.plusDays(7), NAMND, "§ 9")))
                .expectException(refusedBy(HardRule.ANMALAN_OF_DELEGATIONSBESLUT))
                .expectNoEvents();
    }

    @Test
    void anAnmalanBeforeTheDelegationsbeslutWasTakenIsRefused() {
        fixture.given(withDelegationsbeslutAndProposal())
                .when(step(DELEGATED, new LifecycleStep.Anmalan(DECIDED.minusDays(1), NAMND, null)))
                .expectException(refusedBy(HardRule.ANMALAN_OF_DELEGATIONSBESLUT))
                .expectNoEvents();
    }

    @Test
    void anAnmalanToANamndNeverRegisteredIsRefused() {
        fixture.given(withDelegationsbeslutAndProposal())
                .when(step(DELEGATED, new LifecycleStep.Anmalan(REPORTED, "barn-och-utbildningsnamnden", null)))
                .expectException(refusedBy(HardRule.COMMITTEE_EXISTS))
                .expectNoEvents();
    }

    @Test
    void anAnmalanToANamndDissolvedByThenIsRefused() {
        fixture.given(withDelegationsbeslutAndProposal(new CommitteeDissolvedEvent(ORG, NAMND, CUTOVER,
                        OPENING_DECISION, OPENING_DECISION + ".8")))
                .when(step(DELEGATED, new LifecycleStep.Anmalan(REPORTED, NAMND, null)))
                .expectException(refusedBy(HardRule.COMMITTEE_EXISTS))
                .expectNoEvents();
    }

    @Test
    void aProposalRevokesNothing() {
        fixture.given(withDelegationsbeslutAndProposal())
                .when(step(OPENING_DECISION, new LifecycleStep.Revocation(REPORTED, PROPOSAL)))
                .expectException(refusedBy(HardRule.REVOCATION_BY_LATER_DECISION))
                .expectNoEvents();
    }

    static Stream<LifecycleStep> stepsOfADecision() {
        LocalDate day = LocalDate.of(2025, 6, 25);
        return Stream.of(new LifecycleStep.Justering(day), new LifecycleStep.Anslag(day),
                new LifecycleStep.Appeal(day, "Förvaltningsrätten i Karlstad", null),
                new LifecycleStep.Ruling(day, "Förvaltningsrätten i Karlstad", null, RulingOutcome.upheld, null),
                new LifecycleStep.LagaKraft(day), new LifecycleStep.Revocation(day, NOVEMBER),
                new LifecycleStep.Anmalan(day, NAMND, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepsOfADecision")
    void aProposalHasNoLifeOfADecision(LifecycleStep step) {
        fixture.given(withDelegationsbeslutAndProposal())
                .when(step(PROPOSAL, step))
                .expectException(refusedBy(HardRule.PROPOSAL_HAS_NO_LIFECYCLE))
                .expectNoEvents();
    }
}
