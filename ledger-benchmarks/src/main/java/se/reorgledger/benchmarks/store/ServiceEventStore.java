package se.reorgledger.benchmarks.store;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.api.readmodel.LedgerEventReader;
import se.reorgledger.api.readmodel.LedgerEventSource;
import se.reorgledger.api.store.DuplicateKeyResolver;
import se.reorgledger.api.store.EventTable;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.api.store.LedgerAppendListener;
import se.reorgledger.api.store.LedgerEventStorageEngine;
import se.reorgledger.api.store.LedgerUpcasters;
import se.reorgledger.projections.rebuild.EventSource;

/**
 * The service's event store put together without Spring Boot, piece by piece as the service's configuration and
 * Axon's auto-configuration put it together: the same schema, serializer, connection provider and transactions.
 */
public final class ServiceEventStore {

    private final DataSource dataSource;
    private final JacksonSerializer serializer;
    private final TransactionManager transactions;

    public ServiceEventStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.serializer = JacksonSerializer.builder()
                .revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(getClass().getClassLoader()))
                .objectMapper(LedgerObjectMappers.events())
                .build();
        this.transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    }

    /** The serializer of the service's events: Axon's Jackson serializer on the ledger's event mapper. */
    public JacksonSerializer serializer() {
        return serializer;
    }

    /** The engine the service reads and appends with. */
    public EventStorageEngine serviceEngine() {
        return serviceEngine(java.util.List.of());
    }

    /** The engine with the listeners told after each append commits, such as the embedded store's fsync. */
    public EventStorageEngine serviceEngine(java.util.List<LedgerAppendListener> listeners) {
        return new LedgerEventStorageEngine(builder(), transactions, new HashChain(new JdbcTemplate(dataSource)),
                Clock.systemUTC(), listeners);
    }

    /**
     * The same engine without the service's append step, which would stamp every event with the time of loading:
     * a synthetic ledger keeps the recorded times it was generated with, so that "known at" means something.
     */
    public EventStorageEngine loadingEngine() {
        return builder().transactionManager(transactions).build();
    }

    /** The ledger's events as the service's rebuild reads them: its own reader, reading ahead on a thread. */
    public EventSource eventSource() {
        return new LedgerEventSource(new LedgerEventReader(dataSource, serializer, LedgerUpcasters.CHAIN,
                LedgerObjectMappers.events()));
    }

    private JdbcEventStorageEngine.Builder builder() {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .schema(EventTable.LEDGER.schema())
                .dataType(byte[].class);
    }
}
