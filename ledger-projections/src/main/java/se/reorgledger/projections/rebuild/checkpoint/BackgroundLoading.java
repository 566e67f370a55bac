package se.reorgledger.projections.rebuild.checkpoint;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.RejectedSectionException;

/**
 * Loads, in the background, every organisation of a projection read from a checkpoint that no query or event has
 * loaded yet, so that the node holds them all in memory soon after it is ready. Daemon threads, by default half the
 * cores ({@link #defaultThreads}): Java's thread priorities are ignored on Linux, so a thread per core would take
 * every core from the requests right after readiness. A query's or an event's load of its own organisation waits
 * for nothing here but the one load of that organisation that may already be under way.
 */
public final class BackgroundLoading {

    // The JDK's logger: this module depends on no logging library (the service routes it to its own).
    private static final System.Logger log = System.getLogger(BackgroundLoading.class.getName());

    private final LedgerProjection projection;
    private final ConcurrentLinkedQueue<String> queue;
    private final int queued;
    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final CompletableFuture<Done> done = new CompletableFuture<>();
    private final long started = System.nanoTime();

    /**
     * What the loading came to: how many this loader read from their sections (not those a query or an event had
     * loaded first), how many were rejected, how long it took.
     */
    public record Done(int loaded, int rejected, Duration took) {
    }

    private BackgroundLoading(LedgerProjection projection, List<String> pending) {
        this.projection = projection;
        this.queue = new ConcurrentLinkedQueue<>(pending);
        this.queued = pending.size();
    }

    /** Half the cores, at least one: the other half stay with the requests. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /**
     * Starts loading every organisation still pending, on {@code threads} threads, for as long as
     * {@code wanted} holds (a projection replaced by a rebuild is no longer worth loading).
     */
    public static BackgroundLoading start(LedgerProjection projection, int threads, BooleanSupplier wanted) {
        BackgroundLoading loading = new BackgroundLoading(projection, projection.pendingOrganisationIds());
        if (loading.queued == 0) {
            loading.done.complete(new Done(0, 0, Duration.ZERO));
            return loading;
        }
        AtomicInteger finishedThreads = new AtomicInteger();
        int count = Math.max(1, threads);
        for (int i = 1; i <= count; i++) {
            Thread thread = new Thread(() -> {
                try {
                    loading.run(wanted);
                } catch (Throwable unexpected) {
                    // Out of memory, say: this thread ends, the organisations it did not load stay pending (their
                    // first use loads them), and done() still completes.
                    log.log(System.Logger.Level.ERROR, "A loader of the checkpoint's organisations stopped",
                            unexpected);
                } finally {
                    if (finishedThreads.incrementAndGet() == count) {
                        loading.finish();
                    }
                }
            }, "checkpoint-loader-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        return loading;
    }

    private void run(BooleanSupplier wanted) {
        for (String id = queue.poll(); id != null && wanted.getAsBoolean(); id = queue.poll()) {
            try {
                if (projection.load(id)) {
                    loaded.incrementAndGet();
                }
            } catch (RejectedSectionException e) {
                // Told to the projection's listener at the load itself; the others are still worth loading.
                rejected.incrementAndGet();
            }
        }
    }

    private void finish() {
        done.complete(new Done(loaded.get(), rejected.get(), Duration.ofNanos(System.nanoTime() - started)));
    }

    /** How many organisations were still to be loaded when this loader started. */
    public int queued() {
        return queued;
    }

    /** Completes when every organisation has been taken up (or the projection is no longer wanted). */
    public CompletableFuture<Done> done() {
        return done;
    }
}
