package se.reorgledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

class ConcurrentQueriesTest {

    @Test
    void queriesWhileEventsArriveSeeWhatWasKnownAtTheirTimeAndNeverAHalfAppliedPackage() throws InterruptedException {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 6_000, 150, 5).toList();
        LedgerProjection complete = Projected.from(events);
        LedgerProjection live = new LedgerProjection();
        AtomicReference<Instant> applied = new AtomicReference<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

        Thread reader = new Thread(() -> {
            Random random = new Random(5);
            while (applied.get() == null || !applied.get().equals(events.get(events.size() - 1).recordedAt())) {
                Instant knownAt = applied.get();
                if (knownAt == null || knownAt.equals(events.get(0).recordedAt())) {
                    continue;
                }
                LocalDate asOf = LocalDate.of(2015 + random.nextInt(13), 1 + random.nextInt(12), 1);
                try {
                    UnitNode expected = complete.structure("kommun-1", asOf, knownAt.minusNanos(1)).root();
                    UnitNode answer = live.structure("kommun-1", asOf, knownAt.minusNanos(1)).root();
                    assertThat(answer).isEqualTo(expected);
                } catch (Throwable e) {
                    failures.add(e);
                    return;
                }
            }
        });
        reader.start();
        for (RecordedEvent event : events) {
            live.apply(event);
            applied.set(event.recordedAt());
        }
        reader.join();

        assertThat(failures).isEmpty();
        assertThat(live.checksum()).isEqualTo(complete.checksum());
    }
}
