package se.reorgledger.projections.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.KnownChange;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.projections.reference.RandomSnapshots;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RecordedHistory;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/**
 * Provenance reads each entity's changes unfolded; over random histories with retroactive changes, date
 * corrections and annulments, on any date and at any epoch, it answers as the reading of the folded steps did.
 */
class ProvenanceProperties {

    /** A history longer than this was read per read before tables were bounded by their answers. */
    private static final int LONG_HISTORY = 48;
    private static final Predicate<DatedChangeEvent> HOLDING =
            change -> change instanceof ChefAppointedEvent || change instanceof ChefLeftEvent;

    @Property(tries = 30)
    void provenanceReadFromUnfoldedChangesEqualsTheOneReadFromTheFold(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        for (SnapshotAt snapshot : new RandomSnapshots(events, seed).of(Projected.from(events), 40)) {
            Provenances provenances = new Provenances(snapshot);
            for (EntityTimeline<?> timeline : timelines(snapshot.index())) {
                assertThat(provenances.of(timeline)).as("provenance of %s at %s", timeline.id(), snapshot)
                        .isEqualTo(fromFold(snapshot, timeline, change -> true, false));
                assertThat(provenances.latest(timeline, HOLDING))
                        .isEqualTo(fromFold(snapshot, timeline, HOLDING, true));
                assertThat(provenances.holding(timeline)).as("holding of %s at %s", timeline.id(), snapshot)
                        .isEqualTo(fromFold(snapshot, timeline, HOLDING, true));
                assertThat(provenances.latest(timeline, ReglementeAdoptedEvent.class::isInstance))
                        .isEqualTo(fromFold(snapshot, timeline, ReglementeAdoptedEvent.class::isInstance, true));
            }
        }
    }

    /**
     * Long histories (chef roles appointed dozens of times, units renamed hundreds of times): an entity whose table
     * stays within its bound is tabled, a longer one is read per read, and both answer as the fold does.
     */
    @Property(tries = 3)
    void longHistoriesAreTabledUpToTheBoundAndReadPerReadBeyondItAlike(@ForAll long seed) {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-long", 20_000, 100, seed).toList();
        LedgerProjection projection = Projected.from(events);
        Set<String> tabled = new LinkedHashSet<>();
        Set<String> perRead = new LinkedHashSet<>();
        for (SnapshotAt snapshot : new RandomSnapshots(events, seed).of(projection, 15)) {
            Provenances provenances = new Provenances(snapshot);
            for (EntityTimeline<?> timeline : timelines(snapshot.index())) {
                if (timeline.entries().size() <= LONG_HISTORY) {
                    continue;
                }
                assertThat(provenances.of(timeline)).as("provenance of %s at %s", timeline.id(), snapshot)
                        .isEqualTo(fromFold(snapshot, timeline, change -> true, false));
                assertThat(provenances.holding(timeline)).as("holding of %s at %s", timeline.id(), snapshot)
                        .isEqualTo(fromFold(snapshot, timeline, HOLDING, true));
                (timeline.memo() instanceof ProvenanceTable ? tabled : perRead).add(timeline.id());
            }
        }
        assertThat(tabled).as("entities of long histories tabled").isNotEmpty();
        assertThat(perRead).as("entities too long for a table").isNotEmpty();
    }

    /**
     * The tables that reads share are worked out from a timeline as it stands: read between events as they are
     * applied (retroactive changes, corrections and annulments coming in after tables were made), every answer
     * is still the fold's, at every epoch including those a table was made before.
     */
    @Property(tries = 20)
    void tablesMadeBetweenEventsAnswerAsTheFoldDoesAfterLaterEvents(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 40);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);
        LedgerProjection projection = new LedgerProjection();
        int tabled = 0;
        for (RecordedEvent event : events) {
            projection.apply(event);
            for (OrganisationIndex index : projection.indexes()) {
                for (int i = 0; i < 3; i++) {
                    SnapshotAt snapshot = new SnapshotAt(index, points.asOf(random),
                            random.nextInt(index.completeEpoch() + 2));
                    Provenances provenances = new Provenances(snapshot);
                    for (EntityTimeline<?> timeline : timelines(index)) {
                        tabled += timeline.memo() instanceof ProvenanceTable ? 1 : 0;
                        assertThat(provenances.of(timeline)).as("provenance of %s at %s after %s", timeline.id(),
                                snapshot, event.eventId()).isEqualTo(fromFold(snapshot, timeline, change -> true,
                                false));
                        assertThat(provenances.holding(timeline)).as("holding of %s at %s after %s", timeline.id(),
                                snapshot, event.eventId()).isEqualTo(fromFold(snapshot, timeline, HOLDING, true));
                    }
                }
            }
        }
        assertThat(tabled).as("reads found tables left by earlier reads").isPositive();
    }

    @Property(tries = 30)
    void theUnfoldedChangesAreTheFoldsStepsInTheSameOrder(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        LedgerProjection projection = Projected.from(events);
        Random random = new Random(seed);
        for (OrganisationIndex index : projection.indexes()) {
            for (int i = 0; i < 20; i++) {
                int epoch = random.nextInt(index.completeEpoch() + 2);
                for (EntityTimeline<?> timeline : timelines(index)) {
                    List<? extends EntityTimeline.Step<?>> steps = timeline.stepsAt(epoch);
                    List<KnownChange> changes = timeline.changesAt(epoch);
                    assertThat(changes).as("changes of %s at epoch %d", timeline.id(), epoch)
                            .extracting(KnownChange::entry, KnownChange::effectiveDate, KnownChange::annulled)
                            .containsExactlyElementsOf(steps.stream().map(step -> org.assertj.core.groups.Tuple
                                    .tuple(step.entry(), step.effectiveDate(), step.annulled())).toList());
                }
            }
        }
    }

    private static List<EntityTimeline<?>> timelines(OrganisationIndex index) {
        List<EntityTimeline<?>> timelines = new ArrayList<>(index.units());
        timelines.addAll(index.chefRoles());
        timelines.addAll(index.committees());
        timelines.addAll(index.assignments());
        timelines.addAll(index.cooperations());
        return timelines;
    }

    /** The computation provenance made before: walk the folded steps of {@code stepsAt}. */
    private static Provenance fromFold(SnapshotAt snapshot, EntityTimeline<?> timeline,
                                       Predicate<DatedChangeEvent> which, boolean latestOnly) {
        LocalDate asOf = snapshot.asOf();
        int epoch = snapshot.epoch();
        Set<String> decisions = new LinkedHashSet<>();
        for (EntityTimeline.Step<?> step : timeline.stepsAt(epoch)) {
            if (step.effectiveDate().isAfter(asOf) || !which.test(step.entry().event())) {
                continue;
            }
            if (latestOnly && !step.annulled()) {
                decisions.clear();
            }
            if (!step.annulled()) {
                decisions.add(step.entry().event().decisionId());
            }
            for (CorrectionEntry correction : step.entry().correctionsAt(epoch)) {
                decisions.add(correction.event().decisionId());
            }
        }
        boolean illustrative = false;
        for (String decisionId : decisions) {
            DecisionEntry decision = snapshot.index().decision(decisionId);
            illustrative |= decision != null && decision.decision().illustrative();
        }
        return new Provenance(List.copyOf(decisions), illustrative);
    }
}
