package se.reorgledger.projections.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.reference.NaiveLedger;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RandomHistory;
import se.reorgledger.testkit.reference.RecordedHistory;

class StructureProperties {

    private static final String KOMMUN = RandomHistory.KOMMUN;

    @Property(tries = 40)
    void theStructureAtAnyDateAsKnownAtAnyTimeIsTheReplayOfTheLedgerAsThenKnown(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        LedgerProjection projection = Projected.from(events);
        NaiveLedger naive = new NaiveLedger(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);

        for (int i = 0; i < 120; i++) {
            LocalDate asOf = points.asOf(random);
            Instant knownAt = points.knownAt(random);
            assertThat(projection.structure(KOMMUN, asOf, knownAt).root())
                    .as("structure on %s as known at %s", asOf, knownAt)
                    .isEqualTo(naive.structure(KOMMUN, asOf, knownAt));
        }
        LocalDate asOf = points.asOf(random);
        for (Instant knownAt : points.knownAts()) {
            assertThat(projection.structure(KOMMUN, asOf, knownAt).root())
                    .as("structure on %s as known at %s", asOf, knownAt)
                    .isEqualTo(naive.structure(KOMMUN, asOf, knownAt));
        }
    }

    @Property(tries = 10)
    void feedingEveryEventTwiceChangesNothing(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 25);
        LedgerProjection once = Projected.from(events);
        LedgerProjection twice = new LedgerProjection();
        for (RecordedEvent event : events) {
            twice.apply(event);
            twice.apply(event);
            twice.apply(events.get(0));
        }
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);
        for (int i = 0; i < 30; i++) {
            LocalDate asOf = points.asOf(random);
            Instant knownAt = points.knownAt(random);
            assertThat(twice.structure(KOMMUN, asOf, knownAt)).isEqualTo(once.structure(KOMMUN, asOf, knownAt));
        }
        assertThat(twice.position()).isEqualTo(once.position());
    }
}
