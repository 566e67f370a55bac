package se.reorgledger.api.readmodel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/**
 * At a start the read models are loaded from their checkpoint when it matches the ledger
 * ({@link ReadModelCheckpoints}); from there, or from nothing, they take in the ledger as the admin rebuild reads
 * it (a reader thread deserialising batches ahead, events applied straight to the projection) rather than through
 * the tracking processor one unit of work at a time, which is an order of magnitude slower. The tracking processor's thread does it when
 * it first opens its stream, and goes on from there; reads stay 503 until it is done (see {@link ReadSideStatus}).
 * It feeds the projection directly: {@link ProjectionFeed} is the processor's one handler, and another handler
 * added to the processor would have to take part here too.
 */
public class ReadModelsAtStart {

    private static final Logger log = LoggerFactory.getLogger(ReadModelsAtStart.class);

    private final ProjectionHolder holder;
    private final LedgerEventSource ledger;
    private final ReadSideStatus status;
    private final ReadModelCheckpoints checkpoints;

    public ReadModelsAtStart(ProjectionHolder holder, LedgerEventSource ledger, ReadSideStatus status,
                             ReadModelCheckpoints checkpoints) {
        this.holder = holder;
        this.ledger = ledger;
        this.status = status;
        this.checkpoints = checkpoints;
    }

    /**
     * Loads the read models' checkpoint, if there is one the ledger matches, then takes in what came after it.
     *
     * @return the position the read models stand at, from which the tracking processor goes on
     */
    public synchronized long catchUp() {
        checkpoints.loadAtStart();
        long started = System.nanoTime();
        ProjectionHolder.CaughtUp caughtUp = holder.catchUpLive(ledger);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (caughtUp.events() > 0) {
            status.applied(caughtUp.position(), caughtUp.newestRecordedAt());
            log.info("The read models took in {} events up to position {} in {} s ({} events/s)", caughtUp.events(),
                    caughtUp.position(), String.format("%.1f", seconds),
                    String.format("%.0f", caughtUp.events() / Math.max(seconds, 1e-3)));
        }
        checkpoints.loadTheRestInTheBackground();
        if (caughtUp.stoppedBy() != null) {
            log.warn("The read models stopped taking in the ledger at position {}: {}; the tracking processor goes "
                    + "on from there and reports the event", caughtUp.position(), caughtUp.stoppedBy().toString());
        }
        return Math.max(caughtUp.position(), 0);
    }
}
