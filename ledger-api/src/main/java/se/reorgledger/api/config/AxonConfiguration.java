package se.reorgledger.api.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.core.organisation.Organisation;

/** Axon without Axon Server: the organisation aggregate, Jackson for everything, the principal on events. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The API's mapper. Declared so that Axon's own mapper below does not replace it. */
    @Bean
    @Primary
    public ObjectMapper objectMapper() {
        ObjectMapper mapper = LedgerObjectMappers.json();
        mapper.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
        return mapper;
    }

    /** Axon picks the mapper by this name for its Jackson serializers (events, messages, general). */
    @Bean("defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper() {
        return LedgerObjectMappers.events();
    }

    /**
     * Keeps the most recently used organisations in memory between commands, so a package does not reload a long
     * history ({@link OrganisationCache}).
     */
    @Bean
    public Cache organisationCache(@Value("${ledger.aggregate-cache.organisations}") long organisations) {
        return OrganisationCache.holding(organisations);
    }

    @Bean
    public ConfigurerModule organisationAggregate(Cache organisationCache) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Organisation.class)
                        .configureCache(config -> organisationCache));
    }

    /**
     * Every event a command causes carries the command's principal (who recorded the change) and, for migrated
     * history, when it was first registered and where it was imported from.
     */
    @Bean
    public CorrelationDataProvider principalCorrelation() {
        return new SimpleCorrelationDataProvider(LedgerMetaData.CORRELATED);
    }

    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

}
