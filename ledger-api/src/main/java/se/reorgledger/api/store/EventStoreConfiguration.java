package se.reorgledger.api.store;

import java.time.Clock;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event store on our own database: Axon's JDBC engine on the Flyway-owned, snake_case schema. */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventTable.LEDGER.schema();
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    public HashChain hashChain(JdbcTemplate jdbcTemplate) {
        return new HashChain(jdbcTemplate);
    }

    /** On the embedded database, an append is acknowledged only once it is on disk. */
    @Bean
    @Order(EmbeddedDurability.ORDER)
    @ConditionalOnExpression("T(se.reorgledger.api.store.EmbeddedStore).isEmbeddedFile('${spring.datasource.url}')")
    public EmbeddedDurability embeddedDurability(JdbcTemplate jdbcTemplate) {
        return new EmbeddedDurability(jdbcTemplate);
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 HashChain hashChain,
                                                 List<LedgerAppendListener> appendListeners) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .schema(eventSchema)
                .upcasterChain(LedgerUpcasters.CHAIN)
                .dataType(byte[].class);
        return new LedgerEventStorageEngine(builder, transactionManager, hashChain, Clock.systemUTC(), appendListeners);
    }

    /**
     * The read models live in memory and are rebuilt from the ledger at start, so their position lives in
     * memory with them: state and token can never disagree.
     */
    @Bean
    public TokenStore tokenStore() {
        return new InMemoryTokenStore();
    }
}
