package se.reorgledger.api.readmodel;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import se.reorgledger.api.config.LedgerMetaData;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/**
 * Feeds the read models from the event store through Axon's tracking processor {@value #PROCESSOR}. Delivery is
 * at least once; the projection ignores an event at or below the position it has applied, so redelivery after a
 * failure changes nothing. An event that cannot be applied is thrown on, so that the processor stops before it
 * and retries (see {@link ReadModelConfiguration}): never skipped. {@link ReadSideReporting} tells
 * {@link ReadSideStatus} how each event fared.
 */
@Component
@ProcessingGroup(ProjectionFeed.PROCESSOR)
public class ProjectionFeed {

    public static final String PROCESSOR = "ledger-projection";

    private final ProjectionHolder holder;

    public ProjectionFeed(ProjectionHolder holder) {
        this.holder = holder;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        holder.apply(recorded(payload, message, token));
    }

    public static RecordedEvent recorded(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException(
                "the ledger's events are tracked by global index, not " + token.getClass().getSimpleName()));
        Object principal = message.getMetaData().get(LedgerMetaData.PRINCIPAL);
        return new RecordedEvent(position, message.getIdentifier(), message.getTimestamp(),
                principal == null ? null : principal.toString(), payload);
    }

}
