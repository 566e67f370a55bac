package se.reorgledger.api.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The read models are ready when they hold the ledger as it was at start, have applied every event so far and
 * are at most {@code ledger.read-models.max-lag} events behind its head. Answered from memory, never by asking
 * the database, so a busy or locked database cannot make a healthy node look unready. Until they are ready,
 * the service is live but not ready, so a load balancer sends it no reads.
 */
@Component("readModels")
public class ReadModelHealth implements HealthIndicator {

    private final ReadSideStatus status;
    private final EventProcessingConfiguration processing;
    private final ReadModelCheckpoints checkpoints;

    public ReadModelHealth(ReadSideStatus status, EventProcessingConfiguration processing,
                           ReadModelCheckpoints checkpoints) {
        this.status = status;
        this.processing = processing;
        this.checkpoints = checkpoints;
    }

    @Override
    public Health health() {
        Health.Builder health = status.ready() ? Health.up() : Health.outOfService();
        health.withDetail("ledgerHead", status.knownHead())
                .withDetail("readModelPosition", status.readModelPosition())
                .withDetail("lag", status.lag())
                .withDetail("maxLag", status.maxLag())
                .withDetail("caughtUpWithStart", status.caughtUp())
                .withDetail("checkpointAtStart", checkpoints.atStart())
                .withDetail("checkpointPosition", checkpoints.writtenPosition())
                .withDetail("checkpointOrganisationsPending", checkpoints.organisationsPending());
        status.rebuildingBecause().ifPresent(reason -> health.withDetail("rebuildingBecause", reason));
        status.failure().ifPresent(failure -> health.withDetail("failedEvent", failure));
        processing.eventProcessor(ProjectionFeed.PROCESSOR, TrackingEventProcessor.class)
                .flatMap(processor -> processor.processingStatus().values().stream()
                        .filter(tracker -> tracker.isErrorState()).findFirst())
                .ifPresent(tracker -> health.withDetail("processorError", String.valueOf(tracker.getError())));
        return health.build();
    }
}
