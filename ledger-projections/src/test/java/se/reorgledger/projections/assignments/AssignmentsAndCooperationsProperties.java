package se.reorgledger.projections.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.assignment.AssignmentGivenEvent;
import se.reorgledger.core.assignment.AssignmentState;
import se.reorgledger.core.cooperation.CooperationJoinedEvent;
import se.reorgledger.core.cooperation.CooperationState;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.cooperations.CooperationView;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.reference.NaiveLedger;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RandomHistory;
import se.reorgledger.testkit.reference.RecordedHistory;

/**
 * The uppdrag and the cooperations the read models give for any (asOf, knownAt) are those of a naive replay of
 * the ledger as then known, for random histories in which they are given, carried out, joined, left, corrected
 * and annulled among every other kind of change.
 */
class AssignmentsAndCooperationsProperties {

    private static final String KOMMUN = RandomHistory.KOMMUN;

    /** What both sides can say of an uppdrag: the projection's view names its decisions in full. */
    private record Uppdrag(String id, String title, LocalDate givenOn, String givenBy, List<String> carriedOutBy) {
    }

    /** What both sides can say of a cooperation taken part in. */
    private record Cooperation(String id, String name, String host, LocalDate joinedOn) {
    }

    @Property(tries = 40)
    void theUppdragAndCooperationsOnAnyDateAsKnownAtAnyTimeAreThoseOfTheReplay(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 60);
        LedgerProjection projection = Projected.from(events);
        NaiveLedger naive = new NaiveLedger(events);
        QueryPoints points = new QueryPoints(events);
        Set<String> assignmentIds = new TreeSet<>();
        Set<String> cooperationIds = new TreeSet<>();
        for (RecordedEvent event : events) {
            if (event.payload() instanceof AssignmentGivenEvent given) {
                assignmentIds.add(given.assignmentId());
            } else if (event.payload() instanceof CooperationJoinedEvent joined) {
                cooperationIds.add(joined.cooperationId());
            }
        }
        Random random = new Random(seed);

        for (int i = 0; i < 80; i++) {
            LocalDate asOf = points.asOf(random);
            Instant knownAt = points.knownAt(random);
            OrganisationState replayed = naive.state(KOMMUN, asOf, knownAt);

            assertThat(projected(projection.assignments(KOMMUN, asOf, knownAt)))
                    .as("uppdrag on %s as known at %s", asOf, knownAt)
                    .isEqualTo(replayedUppdrag(replayed, assignmentIds));
            assertThat(projected(projection.cooperations(KOMMUN, asOf, knownAt).cooperations()))
                    .as("cooperations on %s as known at %s", asOf, knownAt)
                    .isEqualTo(replayedCooperations(replayed, cooperationIds));
        }
    }

    @net.jqwik.api.Example
    void theRandomHistoriesGiveUppdragAndJoinCooperationsThatStand() {
        int withUppdrag = 0;
        int withCooperations = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<RecordedEvent> events = RecordedHistory.of(seed, 60);
            LedgerProjection projection = Projected.from(events);
            Instant now = events.get(events.size() - 1).recordedAt();
            LocalDate late = LocalDate.of(2027, 6, 1);
            withUppdrag += projection.assignments(KOMMUN, late, now).assignments().isEmpty() ? 0 : 1;
            withCooperations += projection.cooperations(KOMMUN, late, now).cooperations().isEmpty() ? 0 : 1;
        }
        assertThat(withUppdrag).as("histories with an uppdrag given, of 10").isGreaterThanOrEqualTo(5);
        assertThat(withCooperations).as("histories with a cooperation joined, of 10").isGreaterThanOrEqualTo(3);
    }

    private static List<Uppdrag> projected(AssignmentsView view) {
        return view.assignments().stream().map(a -> new Uppdrag(a.id(), a.title(), a.givenOn(), a.givenBy().id(),
                a.carriedOutBy().stream().map(DecisionRef::id).toList())).toList();
    }

    private static List<Uppdrag> replayedUppdrag(OrganisationState replayed, Set<String> ids) {
        List<AssignmentState> given = new ArrayList<>();
        ids.forEach(id -> replayed.assignment(id).ifPresent(given::add));
        given.sort(Comparator.comparing(AssignmentState::givenOn).thenComparing(AssignmentState::id));
        return given.stream().map(a -> new Uppdrag(a.id(), a.title(), a.givenOn(), a.givenBy(), a.carriedOutBy()))
                .toList();
    }

    private static Set<Cooperation> projected(List<CooperationView> views) {
        Set<Cooperation> cooperations = new java.util.HashSet<>();
        views.forEach(c -> cooperations.add(new Cooperation(c.id(), c.name(), c.host(), c.joinedOn())));
        assertThat(cooperations).as("one view per cooperation").hasSameSizeAs(views);
        return cooperations;
    }

    private static Set<Cooperation> replayedCooperations(OrganisationState replayed, Set<String> ids) {
        Set<Cooperation> cooperations = new java.util.HashSet<>();
        for (String id : ids) {
            replayed.everJoinedCooperation(id).filter(c -> !c.isLeft()).ifPresent((CooperationState c) ->
                    cooperations.add(new Cooperation(c.id(), c.name(), c.host(), c.joinedOn())));
        }
        return cooperations;
    }
}
