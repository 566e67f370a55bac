package se.reorgledger.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.RecordedHistory;

class RebuildTest {

    private final List<RecordedEvent> ledger = RecordedHistory.of(7, 60);

    @Test
    void aRebuildFromTheLedgerHasTheChecksumOfTheLiveProjectionThatWasFedEventByEvent() {
        ProjectionHolder holder = new ProjectionHolder();
        for (RecordedEvent event : ledger) {
            holder.apply(event);
            holder.apply(event);
            holder.current().structure("kommunen", java.time.LocalDate.of(2026, 1, 1), event.recordedAt());
        }
        LedgerProjection live = holder.current();
        List<long[]> reports = new ArrayList<>();

        RebuildResult result = holder.rebuild(ledger::stream,
                (applied, target) -> reports.add(new long[]{applied, target}));

        assertThat(result.swapped()).isTrue();
        assertThat(result.checksumsMatch()).isTrue();
        assertThat(result.rebuiltChecksum()).isEqualTo(result.liveChecksum()).hasSize(64)
                .isEqualTo(holder.current().checksum());
        assertThat(result.position()).isEqualTo(ledger.get(ledger.size() - 1).position());
        assertThat(result.eventsApplied()).isEqualTo(ledger.size());
        assertThat(holder.current()).isNotSameAs(live);
        assertThat(reports).last().satisfies(last -> assertThat(last).containsExactly(ledger.size(),
                result.position()));
    }

    @Test
    void theChecksumDiffersWhenTheContentDiffers() {
        String whole = Projected.from(ledger).checksum();
        RecordedEvent corrected = ledger.stream().filter(event -> event.payload() instanceof PersonNameCorrectedEvent)
                .findFirst().orElseThrow();
        List<RecordedEvent> otherName = ledger.stream().map(event -> event != corrected ? event
                : new RecordedEvent(event.position(), event.eventId(), event.recordedAt(), event.principal(),
                new PersonNameCorrectedEvent("kommunen", ((PersonNameCorrectedEvent) event.payload()).personId(),
                        "Någon annan", "fel"))).toList();
        RecordedEvent change = ledger.stream().filter(event -> event.payload() instanceof DatedChangeEvent)
                .findFirst().orElseThrow();
        List<RecordedEvent> otherPrincipal = ledger.stream().map(event -> event != change ? event
                : new RecordedEvent(event.position(), event.eventId(), event.recordedAt(), "någon annan",
                event.payload())).toList();

        assertThat(Projected.from(ledger).checksum()).isEqualTo(whole);
        assertThat(Projected.from(otherName).checksum()).isNotEqualTo(whole);
        assertThat(Projected.from(otherPrincipal).checksum()).isNotEqualTo(whole);
        assertThat(Projected.from(ledger.subList(0, ledger.size() - 1)).checksum()).isNotEqualTo(whole);
    }

    @Test
    void aLiveProjectionThatDriftedIsReportedAndReplacedByTheRebuild() {
        ProjectionHolder holder = new ProjectionHolder();
        ledger.stream().filter(event -> !(event.payload() instanceof PersonNameCorrectedEvent))
                .forEach(holder::apply);

        RebuildResult result = holder.rebuild(ledger::stream, RebuildProgress.NONE);

        assertThat(result.swapped()).isTrue();
        assertThat(result.checksumsMatch()).isFalse();
        assertThat(holder.current().checksum()).isEqualTo(Projected.from(ledger).checksum());
    }

    @Test
    void aRebuildCatchesUpWithEventsDeliveredWhileItRuns() throws InterruptedException {
        ProjectionHolder holder = new ProjectionHolder();
        int half = ledger.size() / 2;
        ledger.subList(0, half).forEach(holder::apply);
        CountDownLatch started = new CountDownLatch(1);
        Thread delivery = new Thread(() -> {
            started.countDown();
            for (RecordedEvent event : ledger.subList(half, ledger.size())) {
                holder.apply(event);
                Thread.yield();
            }
        });
        delivery.start();
        started.await();

        RebuildResult result = holder.rebuild(after -> ledger.stream().filter(event -> event.position() > after),
                RebuildProgress.NONE);
        delivery.join();

        assertThat(result.swapped()).isTrue();
        assertThat(result.checksumsMatch()).isTrue();
        assertThat(holder.current().position()).isEqualTo(ledger.get(ledger.size() - 1).position());
        assertThat(holder.current().checksum()).isEqualTo(Projected.from(ledger).checksum());
    }
}
