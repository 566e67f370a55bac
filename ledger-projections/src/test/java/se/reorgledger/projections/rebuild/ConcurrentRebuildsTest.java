package se.reorgledger.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.RepeatedTest;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.RecordedHistory;

/**
 * Two rebuilds asked for at once (the admin's and the one after a rejected checkpoint section) while events are
 * delivered: whichever order they run in, the read models left live hold every event.
 */
class ConcurrentRebuildsTest {

    private final List<RecordedEvent> ledger = RecordedHistory.of(11, 200);

    @RepeatedTest(20)
    void anAdminRebuildConcurrentWithARejectionRebuildLosesNoEvent() throws Exception {
        ProjectionHolder holder = new ProjectionHolder();
        int half = ledger.size() / 2;
        ledger.subList(0, half).forEach(holder::apply);
        EventSource source = after -> ledger.stream().filter(event -> event.position() > after);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch firstAboutToCompare = new CountDownLatch(1);
        EventSource first = after -> {
            firstStarted.countDown();
            return source.eventsAfter(after);
        };
        // The second rebuild replays only once the first has caught up, so that both compare at once.
        EventSource held = after -> {
            await(firstAboutToCompare);
            return source.eventsAfter(after);
        };
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread admin = rebuilding(() -> holder.rebuild(first, (applied, target) -> {
            if (applied >= half) {
                firstAboutToCompare.countDown();
            }
        }), failed);
        Thread afterRejection = rebuilding(() -> holder.rebuild(held, RebuildProgress.NONE), failed);
        admin.start();
        await(firstStarted);
        afterRejection.start();
        await(firstAboutToCompare);
        for (RecordedEvent event : ledger.subList(half, ledger.size())) {
            holder.apply(event);
            Thread.yield();
        }
        admin.join();
        afterRejection.join();

        assertThat(failed.get()).isNull();
        assertThat(holder.current().position()).isEqualTo(ledger.get(ledger.size() - 1).position());
        assertThat(holder.current().checksum()).isEqualTo(Projected.from(ledger).checksum());
    }

    private static Thread rebuilding(Runnable rebuild, AtomicReference<Throwable> failed) {
        return new Thread(() -> {
            try {
                rebuild.run();
            } catch (Throwable e) {
                failed.compareAndSet(null, e);
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the first rebuild never caught up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
