package se.reorgledger.core.organisation;

import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberChange;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.decision.AnslagPostedEvent;
import se.reorgledger.core.decision.DecisionAppealedEvent;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.decision.DecisionRevokedEvent;
import se.reorgledger.core.decision.LagaKraftRecordedEvent;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.ProtocolJusteratEvent;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.decision.RulingGivenEvent;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.UnitKind;

/**
 * A decision's life after it is taken: justering, anslag, appeal, ruling, laga kraft, revocation. Each step in
 * order is recorded; a step out of order is refused naming the rule, and nothing is recorded.
 */
class DecisionLifecycleTest {

    private static final LocalDate JUSTERAT = LocalDate.of(2025, 11, 27);
    private static final LocalDate ANSLAG = LocalDate.of(2025, 11, 28);
    /** Three weeks after Friday 28 November is Friday 19 December, a working day. */
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 19);
    private static final LocalDate APPEALED = LocalDate.of(2025, 12, 10);
    private static final LocalDate RULED = LocalDate.of(2026, 3, 12);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final String COURT = "Förvaltningsrätten i Karlstad";
    private static final String CASE = "1234-25";
    private static final String REASON = "Upphävt genom dom av " + COURT + " " + RULED + ", mål " + CASE;
    private static final String LATER = "kf-2026-02-23-12";

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    /** November: Kommunledningskontoret from 1 January, Serviceavdelningen moved under it on 1 March. */
    private static List<Object> novemberWithItsChanges(Object... lifecycle) {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(new EstablishUnit("kommunledningskontoret", "Kommunledningskontoret", UnitKind.kontor, ORG, false,
                CUTOVER).toEvent(ORG, NOVEMBER, novemberChange(1)));
        history.add(new MoveUnit("serviceavdelningen", "kommunledningskontoret", MARCH)
                .toEvent(ORG, NOVEMBER, novemberChange(2)));
        history.add(new DecisionRecordedEvent(ORG, LATER, "Kommunfullmäktige", LocalDate.of(2026, 2, 23), "§ 12",
                "KS 2026/51", "Upphävande av beslut om ny organisation", true));
        history.addAll(List.of(lifecycle));
        return history;
    }

    private static Object[] justeratAndPosted() {
        return new Object[] {new ProtocolJusteratEvent(ORG, NOVEMBER, JUSTERAT),
            new AnslagPostedEvent(ORG, NOVEMBER, ANSLAG)};
    }

    private static Object[] appealed() {
        return new Object[] {new ProtocolJusteratEvent(ORG, NOVEMBER, JUSTERAT),
            new AnslagPostedEvent(ORG, NOVEMBER, ANSLAG),
            new DecisionAppealedEvent(ORG, NOVEMBER, APPEALED, COURT, CASE)};
    }

    private static RecordLifecycleStepCommand step(LifecycleStep step) {
        return new RecordLifecycleStepCommand(ORG, NOVEMBER, step);
    }

    private static LifecycleStep.Ruling ruling(RulingOutcome outcome, String... changeIds) {
        return new LifecycleStep.Ruling(RULED, COURT, CASE, outcome, List.of(changeIds));
    }

    @Test
    void aProtocolIsJusteratAfterTheDecision() {
        fixture.given(novemberWithItsChanges())
                .when(step(new LifecycleStep.Justering(JUSTERAT)))
                .expectEvents(new ProtocolJusteratEvent(ORG, NOVEMBER, JUSTERAT))
                .expectResultMessagePayload(true);
    }

    @Test
    void aJusteringDatedBeforeTheDecisionIsRefused() {
        fixture.given(novemberWithItsChanges())
                .when(step(new LifecycleStep.Justering(LocalDate.of(2025, 11, 23))))
                .expectException(refusedBy(HardRule.DECISION_LIFECYCLE_ORDER))
                .expectNoEvents();
    }

    @Test
    void theAnslagIsPostedOnceTheProtocolIsJusterat() {
        fixture.given(novemberWithItsChanges(new ProtocolJusteratEvent(ORG, NOVEMBER, JUSTERAT)))
                .when(step(new LifecycleStep.Anslag(ANSLAG)))
                .expectEvents(new AnslagPostedEvent(ORG, NOVEMBER, ANSLAG));
    }

    @Test
    void anAnslagWithoutAJusteringIsRefused() {
        fixture.given(novemberWithItsChanges())
                .when(step(new LifecycleStep.Anslag(ANSLAG)))
                .expectException(refusedBy(HardRule.DECISION_LIFECYCLE_ORDER))
                .expectNoEvents();
    }

    @Test
    void anAnslagDatedBeforeTheJusteringIsRefused() {
        fixture.given(novemberWithItsChanges(new ProtocolJusteratEvent(ORG, NOVEMBER, JUSTERAT)))
                .when(step(new LifecycleStep.Anslag(LocalDate.of(2025, 11, 25))))
                .expectException(refusedBy(HardRule.DECISION_LIFECYCLE_ORDER))
                .expectNoEvents();
    }

    @Test
    void anAppealOnTheLastDayOfThePeriodIsInTime() {
        fixture.given(novemberWithItsChanges(justeratAndPosted()))
                .when(step(new LifecycleStep.Appeal(LAST_DAY, COURT, CASE)))
                .expectEvents(new DecisionAppealedEvent(ORG, NOVEMBER, LAST_DAY, COURT, CASE));
    }

    @Test
    void anAppealAfterTheLastDayIsRefusedAsTooLate() {
        fixture.given(novemberWithItsChanges(justeratAndPosted()))
                .when(step(new LifecycleStep.Appeal(LAST_DAY.plusDays(1), COURT, CASE)))
                .expectException(refusedBy(HardRule.APPEAL_WITHIN_PERIOD))
                .expectNoEvents();
    }

    @Test
    void anAppealBeforeTheAnslagIsPostedIsRefused() {
        fixture.given(novemberWithItsChanges(new ProtocolJusteratEvent(ORG, NOVEMBER, JUSTERAT)))
                .when(step(new LifecycleStep.Appeal(APPEALED, COURT, CASE)))
                .expectException(refusedBy(HardRule.DECISION_LIFECYCLE_ORDER))
                .expectNoEvents();
    }

    @Test
    void aRulingOnADecisionNeverAppealedIsRefused() {
        fixture.given(novemberWithItsChanges(justeratAndPosted()))
                .when(step(ruling(RulingOutcome.upheld)))
                .expectException(refusedBy(HardRule.DECISION_LIFECYCLE_ORDER))
                .expectNoEvents();
    }

    @Test
    void anUpholdingRulingAnnulsNothing() {
        fixture.given(novemberWithItsChanges(appealed()))
                .when(step(ruling(RulingOutcome.upheld)))
                .expectEvents(new RulingGivenEvent(ORG, NOVEMBER, RULED, COURT, CASE, RulingOutcome.upheld,
                        List.of()));
    }

    @Test
    void aRulingThatQuashesWhollyAnnulsEveryChangeOfTheDecisionWithTheRulingAsReason() {
        List<Change> annulments = List.of(new AnnulChange(novemberChange(1), REASON),
                new AnnulChange(novemberChange(2), REASON));
        fixture.given(novemberWithItsChanges(appealed()))
                .when(step(ruling(RulingOutcome.quashed)))
                .expectEvents(
                        new RulingGivenEvent(ORG, NOVEMBER, RULED, COURT, CASE, RulingOutcome.quashed,
                                List.of(novemberChange(1), novemberChange(2))),
                        new ChangeAnnulledEvent(ORG, novemberChange(1), REASON, NOVEMBER, novemberChange(3)),
                        new ChangeAnnulledEvent(ORG, novemberChange(2), REASON, NOVEMBER, novemberChange(4)),
                        new ChangePackageRecordedEvent(ORG, NOVEMBER, List.of(novemberChange(3),
                                novemberChange(4)), RequestDigest.of(annulments)));
    }

    @Test
    void aRulingThatQuashesInPartAnnulsOnlyTheNamedChanges() {
        List<Change> annulments = List.of(new AnnulChange(novemberChange(2), REASON));
        fixture.given(novemberWithItsChanges(appealed()))
                .when(step(ruling(RulingOutcome.quashedInPart, novemberChange(2))))
                .expectEvents(
                        new RulingGivenEvent(ORG, NOVEMBER, RULED, COURT, CASE, RulingOutcome.quashedInPart,
                                List.of(novemberChange(2))),
                        new ChangeAnnulledEvent(ORG, novemberChange(2), REASON, NOVEMBER, novemberChange(3)),
                        new ChangePackageRecordedEvent(ORG, NOVEMBER, List.of(novemberChange(3)),
                                RequestDigest.of(annulments)));
    }

    @Test
    void aQuashInPartWhoseAnnulmentWouldBreakAHardRuleIsRefused() {
        // Without Kommunledningskontoret, the March move of Serviceavdelningen would have no parent.
        fixture.given(novemberWithItsChanges(appealed()))
                .when(step(ruling(RulingOutcome.quashedInPart, novemberChange(1))))
                .expectException(refusedBy(HardRule.PARENT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void aQuashInPartNamingAChangeOfAnotherDecisionIsRefused() {
        fixture.given(novemberWithItsChanges(appealed()))
                .when(step(ruling(RulingOutcome.quashedInPart, "ingaende-organisation.1")))
                .expectException(refusedBy(HardRule.QUASH_NAMES_DECISION_CHANGES))
                .expectNoEvents();
    }

    @Test
    void aDecisionQuashedWhollyCausesNoFurtherChanges() {
        fixture.given(novemberWithItsChanges(appealed()))
                .andGiven(new RulingGivenEvent(ORG, NOVEMBER, RULED, COURT, CASE, RulingOutcome.quashed, List.of()))
                .when(new RecordChangePackageCommand(ORG, NOVEMBER, List.of(new EstablishUnit("ny-enhet", "Ny enhet",
                        UnitKind.enhet, ORG, false, CUTOVER)), false))
                .expectException(refusedBy(HardRule.QUASHED_DECISION_CHANGES_NOTHING))
                .expectNoEvents();
    }

    @Test
    void lagaKraftAfterTheAppealPeriodIsRecorded() {
        fixture.given(novemberWithItsChanges(justeratAndPosted()))
                .when(step(new LifecycleStep.LagaKraft(LAST_DAY.plusDays(1))))
                .expectEvents(new LagaKraftRecordedEvent(ORG, NOVEMBER, LAST_DAY.plusDays(1)));
    }

    @Test
    void lagaKraftWithinTheAppealPeriodIsRefused() {
        fixture.given(novemberWithItsChanges(justeratAndPosted()))
                .when(step(new LifecycleStep.LagaKraft(LAST_DAY)))
                .expectException(refusedBy(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD))
                .expectNoEvents();
    }

    @Test
    void lagaKraftBeforeTheAnslagIsRefused() {
        fixture.given(novemberWithItsChanges(new ProtocolJusteratEvent(ORG, NOVEMBER, JUSTERAT)))
                .when(step(new LifecycleStep.LagaKraft(LocalDate.of(2026, 1, 1))))
                .expectException(refusedBy(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD))
                .expectNoEvents();
    }

    @Test
    void lagaKraftOfAnAppealedDecisionWaitsForTheRuling() {
        fixture.given(novemberWithItsChanges(appealed()))
                .when(step(new LifecycleStep.LagaKraft(LocalDate.of(2026, 1, 1))))
                .expectException(refusedBy(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD))
                .expectNoEvents();
    }

    @Test
    void lagaKraftAfterAnUpholdingRulingIsRecorded() {
        LocalDate lagaKraft = RULED.plusWeeks(3).plusDays(1);
        fixture.given(novemberWithItsChanges(appealed()))
                .andGiven(new RulingGivenEvent(ORG, NOVEMBER, RULED, COURT, CASE, RulingOutcome.upheld, List.of()))
                .when(step(new LifecycleStep.LagaKraft(lagaKraft)))
                .expectEvents(new LagaKraftRecordedEvent(ORG, NOVEMBER, lagaKraft));
    }

    @Test
    void aDecisionQuashedWhollyNeverGainsLagaKraft() {
        fixture.given(novemberWithItsChanges(appealed()))
                .andGiven(new RulingGivenEvent(ORG, NOVEMBER, RULED, COURT, CASE, RulingOutcome.quashed, List.of()))
                .when(step(new LifecycleStep.LagaKraft(RULED.plusMonths(1))))
                .expectException(refusedBy(HardRule.LAGA_KRAFT_AFTER_APPEAL_PERIOD))
                .expectNoEvents();
    }

    @Test
    void aLaterDecisionRevokesAnEarlierOne() {
        LocalDate revoked = LocalDate.of(2026, 3, 1);
        fixture.given(novemberWithItsChanges())
                .when(step(new LifecycleStep.Revocation(revoked, LATER)))
                .expectEvents(new DecisionRevokedEvent(ORG, NOVEMBER, revoked, LATER));
    }

    @Test
    void aRevocationDatedBeforeTheRevokingDecisionIsRefused() {
        fixture.given(novemberWithItsChanges())
                .when(step(new LifecycleStep.Revocation(LocalDate.of(2026, 1, 1), LATER)))
                .expectException(refusedBy(HardRule.REVOCATION_BY_LATER_DECISION))
                .expectNoEvents();
    }

    @Test
    void aDecisionCannotRevokeItself() {
        fixture.given(novemberWithItsChanges())
                .when(step(new LifecycleStep.Revocation(LocalDate.of(2026, 1, 1), NOVEMBER)))
                .expectException(refusedBy(HardRule.REVOCATION_BY_LATER_DECISION))
                .expectNoEvents();
    }

    @Test
    void anEarlierDecisionCannotRevokeALaterOne() {
        fixture.given(novemberWithItsChanges())
                .when(new RecordLifecycleStepCommand(ORG, LATER,
                        new LifecycleStep.Revocation(LocalDate.of(2026, 3, 1), NOVEMBER)))
                .expectException(refusedBy(HardRule.REVOCATION_BY_LATER_DECISION))
                .expectNoEvents();
    }

    @Test
    void aRevocationByAnUnrecordedDecisionIsNotFound() {
        fixture.given(novemberWithItsChanges())
                .when(step(new LifecycleStep.Revocation(LocalDate.of(2026, 3, 1), "kf-2099-01-01-1")))
                .expectException(UnknownEntityException.class)
                .expectNoEvents();
    }

    @Test
    void aStepOnAnUnrecordedDecisionIsNotFound() {
        fixture.given(novemberWithItsChanges())
                .when(new RecordLifecycleStepCommand(ORG, "ks-2099-01-01-1", new LifecycleStep.Justering(JUSTERAT)))
                .expectException(UnknownEntityException.class)
                .expectNoEvents();
    }

    @Test
    void recordingTheSameStepAgainRecordsNothing() {
        fixture.given(novemberWithItsChanges(justeratAndPosted()))
                .when(step(new LifecycleStep.Anslag(ANSLAG)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aWhollyQuashingRulingSentAgainRecordsNothing() {
        fixture.given(novemberWithItsChanges(appealed()))
                .andGiven(new RulingGivenEvent(ORG, NOVEMBER, RULED, COURT, CASE, RulingOutcome.quashed,
                        List.of(novemberChange(1), novemberChange(2))))
                .when(step(ruling(RulingOutcome.quashed)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aStepRecordedAgainWithOtherParticularsIsRefused() {
        fixture.given(novemberWithItsChanges(justeratAndPosted()))
                .when(step(new LifecycleStep.Anslag(ANSLAG.plusDays(1))))
                .expectException(PackageRefusedException.class)
                .expectException(refusedBy(HardRule.DECISION_LIFECYCLE_ORDER))
                .expectNoEvents();
    }
}
