package se.reorgledger.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.IndexAsSection;
import se.reorgledger.projections.index.OrganisationIdOf;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.UnloadedOrganisation;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/** A rebuild of read models started from a checkpoint, some of whose organisations are still in their sections. */
class RebuildOfACheckpointTest {

    private final List<RecordedEvent> ledger = twoKommuner();

    @Test
    void eventsAreDeliveredWhileTheRebuildsComparisonLoadsAPendingSection() throws Exception {
        RecordedEvent last = ledger.get(ledger.size() - 1);
        String lastOrganisation = OrganisationIdOf.event(last.payload());
        LedgerProjection atCheckpoint = Projected.from(ledger.subList(0, ledger.size() - 1));
        String slow = atCheckpoint.organisationIds().stream().filter(id -> !id.equals(lastOrganisation))
                .findFirst().orElseThrow();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<UnloadedOrganisation> sections = atCheckpoint.indexesInIdOrder().stream()
                .map(index -> section(index, index.id().equals(slow) ? () -> {
                    loading.countDown();
                    await(release);
                } : () -> { })).toList();
        ProjectionHolder holder = new ProjectionHolder(
                LedgerProjection.fromCheckpoint(atCheckpoint.position(), sections));
        CompletableFuture<RebuildResult> rebuild = CompletableFuture.supplyAsync(() -> holder.rebuild(
                after -> ledger.stream().filter(event -> event.position() > after), RebuildProgress.NONE));
        try {
            assertThat(loading.await(30, TimeUnit.SECONDS)).as("the comparison loads the pending section").isTrue();

            CompletableFuture.runAsync(() -> holder.apply(last)).get(5, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }

        assertThat(rebuild.get(30, TimeUnit.SECONDS).swapped()).isTrue();
        assertThat(holder.current().position()).isEqualTo(last.position());
        assertThat(holder.current().checksum()).isEqualTo(Projected.from(ledger).checksum());
    }

    private static UnloadedOrganisation section(OrganisationIndex index, Runnable whileLoading) {
        return IndexAsSection.of(index, () -> {
            whileLoading.run();
            return index;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Two kommuner's events interleaved as a ledger records them. */
    private static List<RecordedEvent> twoKommuner() {
        List<RecordedEvent> first = SyntheticLedger.organisation("kommun-0", 100, 10, 0).toList();
        List<RecordedEvent> second = SyntheticLedger.organisation("kommun-1", 100, 10, 1).toList();
        List<RecordedEvent> events = new ArrayList<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            for (List<RecordedEvent> of : List.of(first, second)) {
                if (i < of.size()) {
                    RecordedEvent event = of.get(i);
                    events.add(new RecordedEvent(events.size() + 1, "event-" + events.size(), event.recordedAt(),
                            event.principal(), event.payload()));
                }
            }
        }
        return events;
    }
}
