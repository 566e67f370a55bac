package se.reorgledger.api.scenario;

import java.util.List;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import se.reorgledger.core.organisation.Organisation;

/**
 * A throw-away copy of one organisation: the same {@link Organisation} aggregate and command handlers as the
 * ledger, on an in-memory event store seeded with the organisation's recorded events. A scenario is sent
 * here first, whole, so that a file that breaks a rule in its tenth decision records nothing at all.
 *
 * <p>The parts are wired by hand rather than with Axon's {@code DefaultConfigurer} because axon-configuration
 * is on this module's test classpath only; the command path (command bus, annotated aggregate handlers,
 * event-sourcing repository) is the same.
 */
final class Rehearsal implements AutoCloseable {

    private final EmbeddedEventStore eventStore;
    private final CommandGateway commandGateway;

    private Rehearsal(EmbeddedEventStore eventStore, CommandGateway commandGateway) {
        this.eventStore = eventStore;
        this.commandGateway = commandGateway;
    }

    static Rehearsal seededWith(List<? extends EventMessage<?>> recorded) {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        if (!recorded.isEmpty()) {
            storage.appendEvents(recorded);
        }
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        EventSourcingRepository<Organisation> repository = EventSourcingRepository.builder(Organisation.class)
                .eventStore(eventStore)
                .build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Organisation>builder()
                .aggregateType(Organisation.class)
                .repository(repository)
                .build()
                .subscribe(commandBus);
        return new Rehearsal(eventStore, DefaultCommandGateway.builder().commandBus(commandBus).build());
    }

    CommandGateway commandGateway() {
        return commandGateway;
    }

    /** The organisation's events as rehearsed: the recorded ones it was seeded with, then the new ones. */
    List<? extends DomainEventMessage<?>> events(String organisationId) {
        return eventStore.readEvents(organisationId).asStream().toList();
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }
}
