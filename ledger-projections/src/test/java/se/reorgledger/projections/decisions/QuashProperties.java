package se.reorgledger.projections.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.correction.CorrectionEvent;
import se.reorgledger.core.decision.RulingGivenEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.reference.NaiveLedger;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RandomHistory;
import se.reorgledger.testkit.reference.RecordedHistory;

/**
 * A court's quashing ruling annuls the changes it names: as known from the ruling on, the organisation on any
 * date is a replay of the ledger in which those changes were never recorded; as known before it, they stand.
 */
class QuashProperties {

    private static final String KOMMUN = RandomHistory.KOMMUN;

    @Property(tries = 30)
    void afterAQuashingRulingTheOrganisationIsTheReplayWithoutTheQuashedChangesAndBeforeItTheyStand(
            @ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        LedgerProjection projection = Projected.from(events);
        NaiveLedger naive = new NaiveLedger(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);

        for (RecordedEvent ruling : quashingRulings(events)) {
            RulingGivenEvent given = (RulingGivenEvent) ruling.payload();
            Set<String> quashed = Set.copyOf(given.annulledChangeIds());
            NaiveLedger neverRecorded = new NaiveLedger(events.stream()
                    .filter(event -> !concerns(event.payload(), quashed)).toList());
            for (int i = 0; i < 20; i++) {
                LocalDate asOf = points.asOf(random);
                Instant after = laterThan(ruling.recordedAt(), points.knownAt(random));
                assertThat(projection.structure(KOMMUN, asOf, after).root())
                        .as("structure on %s as known at %s, after the ruling quashing %s", asOf, after, quashed)
                        .isEqualTo(neverRecorded.structure(KOMMUN, asOf, after));
                Instant before = ruling.recordedAt().minusSeconds(1);
                assertThat(projection.structure(KOMMUN, asOf, before).root())
                        .as("structure on %s as known at %s, before the ruling", asOf, before)
                        .isEqualTo(naive.structure(KOMMUN, asOf, before));
            }
            DecisionView decision = projection.decision(KOMMUN, given.decisionId(),
                    ruling.recordedAt().minusSeconds(1));
            assertThat(decision.changes()).filteredOn(change -> quashed.contains(change.changeId()))
                    .hasSize(quashed.size()).allSatisfy(change -> assertThat(change.annulled()).isFalse());
        }
    }

    @Property(tries = 5)
    void randomHistoriesHoldQuashingRulings(@ForAll long seed) {
        long quashing = 0;
        // Ten seeds counted from the one given, which may be near Long.MAX_VALUE: seed + 10 would wrap around.
        for (int i = 0; i < 10; i++) {
            quashing += quashingRulings(RecordedHistory.of(seed + i, 50)).stream()
                    .filter(ruling -> !((RulingGivenEvent) ruling.payload()).annulledChangeIds().isEmpty()).count();
        }
        assertThat(quashing).as("quashing rulings that annul changes in ten random histories").isPositive();
    }

    private static List<RecordedEvent> quashingRulings(List<RecordedEvent> events) {
        return events.stream().filter(event -> event.payload() instanceof RulingGivenEvent ruling
                && ruling.outcome().quashes()).toList();
    }

    /** The quashed change itself, or a correction of it (its annulment, or an earlier new date). */
    private static boolean concerns(Object payload, Set<String> quashed) {
        if (payload instanceof CorrectionEvent correction) {
            return quashed.contains(correction.targetChangeId());
        }
        return payload instanceof ChangeEvent change && quashed.contains(change.changeId());
    }

    private static Instant laterThan(Instant ruling, Instant candidate) {
        return candidate.isBefore(ruling) ? ruling : candidate;
    }
}
