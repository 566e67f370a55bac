package se.reorgledger.projections.rebuild;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.RecordedEvent;

/**
 * Holds the live projection and rebuilds it without stopping queries: a fresh projection is built from the ledger
 * while the live one keeps answering and receiving events; then, with event delivery held for a moment, the fresh
 * one catches up to the live position, the two checksums are compared, and the fresh one is swapped in.
 * Queries go through {@link #current()} and never wait for a rebuild.
 */
public final class ProjectionHolder {

    private static final int REPORT_EVERY = 10_000;

    private final AtomicReference<LedgerProjection> live;
    private final Object delivering = new Object();

    public ProjectionHolder() {
        this(new LedgerProjection());
    }

    public ProjectionHolder(LedgerProjection initial) {
        this.live = new AtomicReference<>(initial);
    }

    public LedgerProjection current() {
        return live.get();
    }

    /** Delivers one event to the live projection; the tracking processor calls this, never the projection. */
    public void apply(RecordedEvent event) {
        synchronized (delivering) {
            live.get().apply(event);
        }
    }

    /** Rebuilds from a source that re-reads every event each time it is asked; prefer a positioned source. */
    public RebuildResult rebuild(Supplier<Stream<RecordedEvent>> allEvents, RebuildProgress progress) {
        return rebuild(after -> allEvents.get().filter(event -> event.position() > after), progress);
    }

    public RebuildResult rebuild(EventSource ledger, RebuildProgress progress) {
        long started = System.nanoTime();
        LedgerProjection fresh = new LedgerProjection();
        long[] applied = {0};
        try (Stream<RecordedEvent> events = ledger.eventsAfter(-1)) {
            events.takeWhile(event -> event.position() <= live.get().position()).forEach(event -> {
                fresh.apply(event);
                if (++applied[0] % REPORT_EVERY == 0) {
                    progress.progress(applied[0], live.get().position());
                }
            });
        }
        synchronized (delivering) {
            LedgerProjection current = live.get();
            long target = current.position();
            if (fresh.position() < target) {
                try (Stream<RecordedEvent> events = ledger.eventsAfter(fresh.position())) {
                    events.takeWhile(event -> event.position() <= target).forEach(event -> {
                        fresh.apply(event);
                        applied[0]++;
                    });
                }
            }
            progress.progress(applied[0], target);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (fresh.position() != target) {
                return new RebuildResult(fresh.position(), applied[0], null, null, false, false, took);
            }
            String liveChecksum = current.checksum();
            String rebuiltChecksum = fresh.checksum();
            live.set(fresh);
            return new RebuildResult(target, applied[0], liveChecksum, rebuiltChecksum,
                    liveChecksum.equals(rebuiltChecksum), true, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
