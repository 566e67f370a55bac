package se.reorgledger.api.readmodel;

import java.util.stream.Stream;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;
import se.reorgledger.projections.RecordedEvent;
import se.reorgledger.projections.rebuild.EventSource;

/**
 * The ledger's events as the read models take them, read straight from the event store up to its current end
 * (for rebuilds: finite, in batches, in global-index order).
 */
@Component
public class LedgerEventSource implements EventSource {

    private final EventStorageEngine storage;

    public LedgerEventSource(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public Stream<RecordedEvent> eventsAfter(long position) {
        Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(
                position < 0 ? null : new GlobalSequenceTrackingToken(position), false);
        return events.map(message -> ProjectionFeed.recorded(message.getPayload(), message, message.trackingToken()));
    }
}
