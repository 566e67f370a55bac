package se.reorgledger.api.readmodel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.RejectedSectionException;
import se.reorgledger.projections.rebuild.ProjectionHolder;
import se.reorgledger.projections.rebuild.RebuildResult;
import se.reorgledger.projections.rebuild.checkpoint.BackgroundLoading;

/**
 * The organisations of the checkpoint a start loaded, after the start: loaded in the background once the node is
 * ready, counted while pending, and, should one's section fail its checks at its first use, never served: the
 * node is then not ready while its read models are rebuilt from the ledger's events and swapped in.
 */
final class CheckpointedOrganisations {

    // The checkpoint's logger: an operator follows a checkpoint's fate in one place.
    private static final Logger log = LoggerFactory.getLogger(ReadModelCheckpoints.class);

    private final ProjectionHolder holder;
    private final ObjectProvider<ReadSideStatus> status;
    private final LedgerEventSource ledger;
    private final boolean loadInBackground;
    private final int backgroundThreads;
    private final Consumer<String> checkpointRejected;
    private volatile LedgerProjection loadedAtStart;
    private volatile BackgroundLoading background;
    private final AtomicInteger sectionsRejected = new AtomicInteger();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "read-models-rebuild-after-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    CheckpointedOrganisations(ProjectionHolder holder, ObjectProvider<ReadSideStatus> status,
                              LedgerEventSource ledger, boolean loadInBackground, int backgroundThreads,
                              Consumer<String> checkpointRejected) {
        this.holder = holder;
        this.status = status;
        this.ledger = ledger;
        this.loadInBackground = loadInBackground;
        this.backgroundThreads = backgroundThreads > 0 ? backgroundThreads : BackgroundLoading.defaultThreads();
        this.checkpointRejected = checkpointRejected;
    }

    /** The read models a start loaded from the checkpoint, now live. */
    void startedFrom(LedgerProjection projection) {
        projection.whenASectionIsRejected(rejected -> sectionRejected(projection, rejected));
        // Once a rebuild has replaced them, neither they (their heap) nor their loader are held here any longer.
        projection.whenReplaced(() -> {
            loadedAtStart = null;
            background = null;
        });
        loadedAtStart = projection;
    }

    /**
     * Once the read models have taken in the ledger as it was at start (and are ready), loads every organisation of
     * the checkpoint that no query or event has loaded yet, on {@code ledger.read-models.checkpoint.background-threads}
     * threads (by default half the cores, the other half left to the requests), and says when all are in memory. With {@code ledger.read-models.checkpoint.load-in-background} off, each is loaded at
     * its first use only.
     */
    void loadTheRestInTheBackground() {
        LedgerProjection projection = loadedAtStart;
        if (projection == null || background != null || !loadInBackground) {
            return;
        }
        BackgroundLoading loading = BackgroundLoading.start(projection, backgroundThreads,
                () -> holder.current() == projection);
        background = loading;
        if (loading.queued() > 0) {
            log.info("The read models load the {} organisations of the checkpoint not used yet in the background",
                    loading.queued());
        }
        loading.done().thenAccept(done -> {
            if (holder.current() != projection) {
                log.info("The organisations of the checkpoint are no longer loaded: the read models were rebuilt");
            } else if (done.rejected() == 0) {
                log.info("Every organisation of the checkpoint is loaded: {} by the background loader in {} s",
                        done.loaded(), String.format("%.1f", done.took().toNanos() / 1e9));
            } else {
                log.warn("The organisations of the checkpoint were loaded in {} s, but {} failed their checks",
                        String.format("%.1f", done.took().toNanos() / 1e9), done.rejected());
            }
        });
    }

    /** How many organisations of the checkpoint loaded at start are still to be read from it (0 when none). */
    int pending() {
        LedgerProjection projection = loadedAtStart;
        if (projection == null || holder.current() != projection) {
            return 0;
        }
        return projection.pendingOrganisationIds().size();
    }

    /** How many organisations' checkpoint sections failed their checks at their first use since start. */
    int rejected() {
        return sectionsRejected.get();
    }

    /**
     * An organisation's section failed its checks at its first use, after the start: a fault detected, never
     * served. The node is not ready, and its read models are rebuilt from the events (the admin rebuild's way,
     * beside the live ones: the other organisations answer meanwhile) and swapped in.
     */
    private void sectionRejected(LedgerProjection projection, RejectedSectionException rejected) {
        if (holder.current() != projection) {
            // Read models already replaced (their file closed): a query that still held them met it; the live
            // ones are whole.
            log.debug("A section of read models already replaced was not loaded: {}", rejected.reason());
            return;
        }
        sectionsRejected.incrementAndGet();
        String reason = "the section of organisation " + rejected.organisationId() + ": " + rejected.reason();
        checkpointRejected.accept(reason);
        log.warn("The read models' checkpoint section of organisation {} failed its checks at its first use: {}; "
                        + "that organisation is not served, the node is not ready, and the read models are rebuilt "
                        + "from the ledger's events", rejected.organisationId(), rejected.reason());
        status.getObject().rebuilding(reason);
        rebuilder.submit(this::rebuildFromTheEvents);
    }

    private void rebuildFromTheEvents() {
        if (loadedAtStart == null) {
            // Rebuilt already (a section of the replaced read models rejected late): the live ones are whole.
            status.getObject().rebuilt();
            return;
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                RebuildResult result = holder.rebuild(ledger, (applied, target) -> { });
                if (result.swapped()) {
                    status.getObject().rebuilt();
                    log.info("The read models were rebuilt from the ledger's events after a checkpoint section "
                            + "failed its checks, and are live: {}", result);
                    return;
                }
            } catch (RuntimeException e) {
                log.error("Rebuilding the read models after a checkpoint section failed its checks failed "
                        + "(attempt {})", attempt, e);
            }
        }
        log.error("The read models could not be rebuilt after a checkpoint section failed its checks; the node "
                + "stays not ready: rebuild them (POST /api/v1/admin/projections/rebuild) or restart it");
    }

    /** At shutdown: a rebuild under way is abandoned (the next start begins again from the checkpoint or events). */
    void stopRebuilding() {
        rebuilder.shutdownNow();
    }
}
