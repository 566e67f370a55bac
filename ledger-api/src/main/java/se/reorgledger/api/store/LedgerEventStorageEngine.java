package se.reorgledger.api.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.reorgledger.api.config.LedgerMetaData;

/**
 * Axon's JDBC event store, with every append serialised ledger-wide and chained.
 *
 * <p>Each append first locks the ledger head, so appends commit one after another in the order of their
 * global index: a tracking processor can never pass over an event that commits after a later one (the gap
 * problem of Axon issue #4829 cannot arise). Under that lock the append is given its recorded time, the same
 * for every event of the append and later than the previous append's, so "the ledger as known at T" is always
 * a prefix of the ledger made of whole appends. Then the appended rows are read back and hashed into the chain, in the
 * same transaction: an event is never stored unchained. Once the transaction has committed, the
 * {@link LedgerAppendListener}s are told, in order, before the append is acknowledged.
 */
public class LedgerEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;
    private final HashChain chain;
    private final Clock clock;
    private final List<LedgerAppendListener> listeners;

    public LedgerEventStorageEngine(JdbcEventStorageEngine.Builder builder, TransactionManager transactionManager,
                                    HashChain chain, Clock clock, List<LedgerAppendListener> listeners) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
        this.chain = chain;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        LedgerHead[] appended = new LedgerHead[1];
        boolean[] toldOnCommit = new boolean[1];
        transactionManager.executeInTransaction(() -> {
            LedgerHead head = chain.lock();
            Instant recordedAt = recordedTimeAfter(head, registeredAt(events));
            super.appendEvents(events.stream().map(event -> restamped(event, recordedAt)).toList(), serializer);
            appended[0] = chain.extend(head, recordedAt);
            toldOnCommit[0] = tellOnCommit(appended[0], events.size());
        });
        if (!toldOnCommit[0]) {
            tell(appended[0], events.size());
        }
    }

    /**
     * The append commits with the transaction it joined (a command's), which may end after this method: the
     * listeners are told when it does. Outside a synchronised transaction it has committed on return.
     */
    private boolean tellOnCommit(LedgerHead head, int count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tell(head, count);
            }
        });
        return true;
    }

    private void tell(LedgerHead head, int count) {
        listeners.forEach(listener -> listener.committed(head, count));
    }

    /**
     * Now, to the millisecond the event table keeps, and always after the previous append: two appends never
     * share a recorded time, so "known at T" cuts the ledger between appends, never through one.
     */
    /**
     * The append's recorded time: the clock's, or, for migrated history, the moment it was first registered
     * elsewhere. A registered time is taken only if it is later than the head's and not later than now, so
     * recorded times stay monotonic and "known at T" stays a prefix; otherwise nothing is appended.
     */
    private Instant recordedTimeAfter(LedgerHead head, Instant registeredAt) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (registeredAt != null) {
            return RegisteredTime.accepted(registeredAt, head.recordedAt(), now);
        }
        return head.recordedAt() != null && !now.isAfter(head.recordedAt()) ? head.recordedAt().plusMillis(1) : now;
    }

    /** The registered time the append's events carry; all events of one append come from one command. */
    private static Instant registeredAt(List<? extends EventMessage<?>> events) {
        Object registered = events.get(0).getMetaData().get(LedgerMetaData.REGISTERED_AT);
        for (EventMessage<?> event : events) {
            if (!Objects.equals(registered, event.getMetaData().get(LedgerMetaData.REGISTERED_AT))) {
                throw new RegisteredTimeRefusedException(
                        "The events of one append carry different registered times; they are recorded together");
            }
        }
        return registered == null ? null : RegisteredTime.parse(registered.toString());
    }

    private static EventMessage<?> restamped(EventMessage<?> event, Instant recordedAt) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return new GenericDomainEventMessage<>(domainEvent.getType(), domainEvent.getAggregateIdentifier(),
                    domainEvent.getSequenceNumber(), domainEvent.getPayload(), domainEvent.getMetaData(),
                    domainEvent.getIdentifier(), recordedAt);
        }
        return new GenericEventMessage<>(event.getIdentifier(), event.getPayload(), event.getMetaData(), recordedAt);
    }
}
