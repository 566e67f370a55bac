package se.reorgledger.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import se.reorgledger.core.organisation.Organisation;

/**
 * The organisation aggregate behind a real Axon command bus and an in-memory event store, with a clock that
 * stands still during each command and moves one minute between commands: every event of a package shares
 * one recorded time, as in the service, and histories are reproducible.
 */
public final class InMemoryLedger implements AutoCloseable {

    public static final Instant EPOCH = Instant.parse("2025-06-01T08:00:00Z");

    private final Configuration configuration;
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final Clock originalClock = GenericEventMessage.clock;
    private Instant now = EPOCH;

    public InMemoryLedger() {
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureAggregate(Organisation.class)
                .configureEmbeddedEventStore(c -> storage)
                .configureCorrelationDataProviders(c -> List.of(new SimpleCorrelationDataProvider("principal")))
                .buildConfiguration();
        configuration.start();
    }

    /** Sends a command as {@code principal} at the ledger's current time; the clock then moves on. */
    public <R> R send(Object command, String principal) {
        GenericEventMessage.clock = Clock.fixed(now, ZoneOffset.UTC);
        try {
            CommandGateway gateway = configuration.commandGateway();
            return gateway.sendAndWait(new org.axonframework.commandhandling.GenericCommandMessage<>(command,
                    MetaData.with("principal", principal)));
        } finally {
            GenericEventMessage.clock = originalClock;
            now = now.plus(Duration.ofMinutes(1));
        }
    }

    public <R> R send(Object command) {
        return send(command, "registrator");
    }

    /**
     * The ledger's own gateway, for code that sends commands itself (an importer). Commands sent here are
     * recorded at the real time, not on the ledger's stepping clock.
     */
    public CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    /** The ledger's event store, for code that reads an organisation's recorded events itself. */
    public EventStore eventStore() {
        return configuration.eventStore();
    }

    /** The time the next command will be recorded at. */
    public Instant now() {
        return now;
    }

    /** Every event recorded so far, in ledger order, as a read model receives them. */
    public List<RecordedMessage> events() {
        List<RecordedMessage> events = new ArrayList<>();
        try (var stream = storage.readEvents(null, false)) {
            stream.forEach(message -> events.add(RecordedMessage.of(message)));
        }
        return events;
    }

    @Override
    public void close() {
        configuration.shutdown();
    }

    /** One stored event with its global position, recorded time and principal. */
    public record RecordedMessage(long position, String eventId, Instant recordedAt, String principal,
                                  Object payload) {

        static RecordedMessage of(TrackedEventMessage<?> message) {
            long position = ((GlobalSequenceTrackingToken) message.trackingToken()).getGlobalIndex();
            return new RecordedMessage(position, message.getIdentifier(), message.getTimestamp(),
                    (String) message.getMetaData().get("principal"), message.getPayload());
        }
    }
}
