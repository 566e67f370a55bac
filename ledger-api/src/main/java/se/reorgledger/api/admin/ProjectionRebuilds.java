package se.reorgledger.api.admin;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import se.reorgledger.api.readmodel.LedgerEventSource;
import se.reorgledger.projections.rebuild.ProjectionHolder;
import se.reorgledger.projections.rebuild.RebuildFailedException;
import se.reorgledger.projections.rebuild.RebuildResult;

/** Runs one rebuild of the read models at a time, in the background, and remembers how it went. */
@Component
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProjectionHolder holder;
    private final LedgerEventSource ledger;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.never());

    public ProjectionRebuilds(ProjectionHolder holder, LedgerEventSource ledger) {
        this.holder = holder;
        this.ledger = ledger;
    }

    public synchronized RebuildStatus start() {
        if ("running".equals(status.get().state())) {
            return status.get();
        }
        Instant started = Instant.now();
        status.set(new RebuildStatus("running", started, 0, holder.current().position(), null, null));
        worker.submit(() -> {
            try {
                RebuildResult result = holder.rebuild(ledger, (applied, target) ->
                        status.set(new RebuildStatus("running", started, applied, target, null, null)));
                status.set(new RebuildStatus("finished", started, result.eventsApplied(), result.position(), result,
                        null));
                log.info("Read models rebuilt: {}", result);
            } catch (RebuildFailedException e) {
                log.error("Rebuilding the read models failed; the live read models stay", e);
                status.set(new RebuildStatus("failed", started, 0, e.position(), null,
                        e.getMessage() + "; the live read models stay in place"));
            } catch (RuntimeException e) {
                log.error("Rebuilding the read models failed; the live read models stay", e);
                status.set(new RebuildStatus("failed", started, 0, 0, null, "the rebuild failed ("
                        + e.getClass().getSimpleName() + "); the live read models stay in place; see the log"));
            }
        });
        return status.get();
    }

    public RebuildStatus status() {
        return status.get();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
