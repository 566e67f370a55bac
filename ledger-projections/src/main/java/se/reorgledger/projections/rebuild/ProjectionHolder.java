package se.reorgledger.projections.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.RejectedSectionException;
import se.reorgledger.core.recording.RecordedEvent;

/**
 * Holds the live projection and rebuilds it without stopping queries. A fresh projection is built from the ledger
 * while the live one keeps answering and receiving events. Delivery is then held just long enough for the fresh
 * one to catch up to the live position; from there on both receive every delivered event, and they are compared
 * organisation by organisation, delivery held for one organisation's digests at a time, so even a ledger of
 * hundreds of kommuner is never stopped for a whole-ledger checksum. Then the fresh one is swapped in.
 * Queries go through {@link #current()} and never wait for a rebuild.
 */
public final class ProjectionHolder {

    private static final int REPORT_EVERY = 10_000;

    private final AtomicReference<LedgerProjection> live;
    private final Object delivering = new Object();
    // One rebuild at a time, whoever asks (the admin, the rejection of a checkpoint section): a second one would
    // take over the one shadow, and the first one's fresh projection would miss the events delivered meanwhile.
    private final ReentrantLock oneRebuildAtATime = new ReentrantLock();
    private LedgerProjection shadow;
    private RebuildFailedException shadowFailure;

    public ProjectionHolder() {
        this(new LedgerProjection());
    }

    public ProjectionHolder(LedgerProjection initial) {
        this.live = new AtomicReference<>(initial);
    }

    public LedgerProjection current() {
        return live.get();
    }

    /**
     * Delivers one event to the live projection; the tracking processor calls this, never the projection. An event
     * the live projection cannot apply is thrown on; one only a rebuild's projection cannot apply ends the rebuild,
     * never the live delivery.
     */
    public void apply(RecordedEvent event) {
        synchronized (delivering) {
            live.get().apply(event);
            if (shadow != null) {
                try {
                    shadow.apply(event);
                } catch (RuntimeException e) {
                    shadowFailure = RebuildFailedException.at(event, e);
                    shadow = null;
                }
            }
        }
    }

    /**
     * Puts read models loaded from a checkpoint live in place of the empty ones of a start, before anything is
     * delivered; {@link #catchUpLive} then goes on from their position.
     *
     * @throws IllegalStateException when the live read models have already applied events
     */
    public void startFrom(LedgerProjection loaded) {
        synchronized (delivering) {
            if (live.get().position() >= 0) {
                throw new IllegalStateException("the read models have applied events up to "
                        + live.get().position() + "; a checkpoint replaces only empty ones");
            }
            live.set(loaded);
        }
    }

    /**
     * Applies the ledger to the live projection from where it stands, as fast as the source reads (at a start,
     * before the tracking processor delivers anything: it is that processor's thread that calls this). Stops
     * before an event the projection cannot apply, so that the processor meets it, stops there and says so.
     *
     * @return what was applied: how many events, up to which position, the newest recorded time
     */
    public CaughtUp catchUpLive(EventSource ledger) {
        synchronized (delivering) {
            LedgerProjection projection = live.get();
            long[] applied = {0};
            Instant[] newest = {null};
            try (Stream<RecordedEvent> events = ledger.eventsAfter(Math.max(projection.position(), 0))) {
                events.forEach(event -> {
                    projection.apply(event);
                    applied[0]++;
                    newest[0] = event.recordedAt();
                });
            } catch (RuntimeException cannotApply) {
                return new CaughtUp(applied[0], projection.position(), newest[0], cannotApply);
            }
            return new CaughtUp(applied[0], projection.position(), newest[0], null);
        }
    }

    /** What {@link #catchUpLive} applied; {@code stoppedBy} is why it stopped early, if it did. */
    public record CaughtUp(long events, long position, Instant newestRecordedAt, RuntimeException stoppedBy) {
    }

    /** Rebuilds from a source that re-reads every event each time it is asked; prefer a positioned source. */
    public RebuildResult rebuild(Supplier<Stream<RecordedEvent>> allEvents, RebuildProgress progress) {
        return rebuild(after -> allEvents.get().filter(event -> event.position() > after), progress);
    }

    /**
     * Rebuilds the read models; a rebuild asked for while another runs waits for it to end, then runs.
     *
     * @throws RebuildFailedException when the fresh projection cannot apply an event; the live one stays, and the
     *                                exception says which event and why
     */
    public RebuildResult rebuild(EventSource ledger, RebuildProgress progress) {
        try {
            oneRebuildAtATime.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another rebuild of the read models ran", e);
        }
        try {
            return rebuildAlone(ledger, progress);
        } finally {
            oneRebuildAtATime.unlock();
        }
    }

    private RebuildResult rebuildAlone(EventSource ledger, RebuildProgress progress) {
        long started = System.nanoTime();
        LedgerProjection fresh = new LedgerProjection();
        long applied = replay(ledger, fresh, progress);
        try {
            synchronized (delivering) {
                long target = live.get().position();
                applied += catchUp(ledger, fresh, target);
                progress.progress(applied, target);
                if (fresh.position() != target) {
                    return new RebuildResult(fresh.position(), applied, null, null, false, false,
                            Duration.ofNanos(System.nanoTime() - started));
                }
                shadow = fresh;
                shadowFailure = null;
            }
            List<String> liveDigests = new ArrayList<>();
            List<String> freshDigests = new ArrayList<>();
            TreeSet<String> compared = new TreeSet<>();
            compare(fresh, live.get().organisationIds(), compared, liveDigests, freshDigests);
            synchronized (delivering) {
                if (shadowFailure != null) {
                    throw shadowFailure;
                }
                LedgerProjection current = live.get();
                compare(fresh, current.organisationIds(), compared, liveDigests, freshDigests);
                long position = current.position();
                if (shadow != fresh || fresh.position() != position) {
                    // The fresh projection missed events delivered to the live one: swapping it in would lose them.
                    return new RebuildResult(fresh.position(), applied, null, null, false, false,
                            Duration.ofNanos(System.nanoTime() - started));
                }
                boolean match = liveDigests.equals(freshDigests);
                live.set(fresh);
                current.replaced();
                return new RebuildResult(position, applied, LedgerProjection.combined(position, liveDigests),
                        LedgerProjection.combined(position, freshDigests), match, true,
                        Duration.ofNanos(System.nanoTime() - started));
            }
        } finally {
            synchronized (delivering) {
                shadow = null;
            }
        }
    }

    /** Replays the ledger into the fresh projection, without holding delivery, as far as the live one has come. */
    private long replay(EventSource ledger, LedgerProjection fresh, RebuildProgress progress) {
        long[] applied = {0};
        try (Stream<RecordedEvent> events = ledger.eventsAfter(-1)) {
            events.takeWhile(event -> event.position() <= live.get().position()).forEach(event -> {
                applyTo(fresh, event);
                if (++applied[0] % REPORT_EVERY == 0) {
                    progress.progress(applied[0], live.get().position());
                }
            });
        }
        return applied[0];
    }

    private static long catchUp(EventSource ledger, LedgerProjection fresh, long target) {
        long[] applied = {0};
        if (fresh.position() < target) {
            try (Stream<RecordedEvent> events = ledger.eventsAfter(fresh.position())) {
                events.takeWhile(event -> event.position() <= target).forEach(event -> {
                    applyTo(fresh, event);
                    applied[0]++;
                });
            }
        }
        return applied[0];
    }

    private static void applyTo(LedgerProjection fresh, RecordedEvent event) {
        try {
            fresh.apply(event);
        } catch (RuntimeException e) {
            throw RebuildFailedException.at(event, e);
        }
    }

    /** The live digest; "rejected" for an organisation whose checkpoint section failed its checks at first use. */
    private String liveDigest(String organisationId) {
        try {
            return live.get().organisationDigest(organisationId);
        } catch (RejectedSectionException rejected) {
            return "rejected";
        }
    }

    /**
     * Loads a live organisation still pending in its checkpoint section before delivery is held for its digest:
     * reading, checking and decoding a section takes far longer than a digest, and no event waits for it.
     */
    private void loadOutsideDelivery(String organisationId) {
        try {
            live.get().load(organisationId);
        } catch (RejectedSectionException rejected) {
            // Reported as "rejected" by its digest, under the lock.
        }
    }

    /**
     * Compares each organisation not compared yet, holding delivery for its two digests only: while delivery is
     * held, both projections have received the same events, so equal digests mean equal content.
     */
    private void compare(LedgerProjection fresh, List<String> organisationIds, TreeSet<String> compared,
                         List<String> liveDigests, List<String> freshDigests) {
        for (String organisationId : organisationIds) {
            if (compared.add(organisationId)) {
                loadOutsideDelivery(organisationId);
                synchronized (delivering) {
                    String liveDigest = liveDigest(organisationId);
                    String freshDigest = fresh.organisationDigest(organisationId);
                    liveDigests.add(Objects.requireNonNullElse(liveDigest, "absent"));
                    freshDigests.add(Objects.requireNonNullElse(freshDigest, "absent"));
                }
            }
        }
    }
}
