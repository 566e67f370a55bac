package se.reorgledger.api.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.reorgledger.api.store.LedgerUpcasters;
import se.reorgledger.projections.rebuild.ProjectionHolder;

@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean
    public ProjectionHolder projectionHolder() {
        return new ProjectionHolder();
    }

    @Bean
    public LedgerEventReader ledgerEventReader(DataSource dataSource,
                                               @Qualifier("eventSerializer") Serializer eventSerializer,
                                               @Qualifier("defaultAxonObjectMapper") ObjectMapper eventMapper) {
        return new LedgerEventReader(dataSource, eventSerializer, LedgerUpcasters.CHAIN, eventMapper);
    }

    /** The source of the tracking processor {@value ProjectionFeed#PROCESSOR}, by this bean's name. */
    @Bean
    public LedgerMessageSource ledgerMessageSource(LedgerEventReader reader) {
        return new LedgerMessageSource(reader);
    }

    @Bean
    public LedgerEventSource ledgerEventSource(LedgerEventReader reader) {
        return new LedgerEventSource(reader);
    }
}
