package se.reorgledger.api.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.api.store.LedgerUpcasters;
import se.reorgledger.projections.rebuild.ProjectionHolder;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReadModelConfiguration {

    /** Where this node's checkpoints are: read by {@link CheckpointPreload} too, before the beans are made. */
    static final String CHECKPOINT_FOLDER = "${ledger.read-models.checkpoint.folder:${ledger.data-dir}/read-models}";

    /**
     * An event the read models cannot apply stops their processor before it, to be retried with back-off (1 s,
     * doubling up to a minute), instead of Axon's default of logging it and going on without it.
     */
    @Bean
    public ConfigurerModule readModelsStopOnAnEventTheyCannotApply(ObjectProvider<ReadSideStatus> status) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(ProjectionFeed.PROCESSOR,
                        configuration -> PropagatingErrorHandler.instance())
                .registerErrorHandler(ProjectionFeed.PROCESSOR, configuration -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(ProjectionFeed.PROCESSOR,
                        configuration -> new ReadSideReporting(status)));
    }

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
    public LedgerMessageSource ledgerMessageSource(LedgerEventReader reader, ReadModelsAtStart atStart) {
        return new LedgerMessageSource(reader, atStart);
    }

    @Bean
    public ReadModelsAtStart readModelsAtStart(ProjectionHolder holder, LedgerEventSource ledgerEventSource,
                                               @org.springframework.context.annotation.Lazy ReadSideStatus status,
                                               ReadModelCheckpoints checkpoints) {
        return new ReadModelsAtStart(holder, ledgerEventSource, status, checkpoints);
    }

    /** This node's checkpoints of its read models, in a folder of its own (docs/operations.md). */
    @Bean
    public ReadModelCheckpoints readModelCheckpoints(
            @Value("${ledger.read-models.checkpoint.enabled:true}") boolean enabled,
            @Value(CHECKPOINT_FOLDER) Path folder,
            @Value("${ledger.read-models.checkpoint.every-events:100000}") long everyEvents,
            @Value("${ledger.read-models.checkpoint.every:10m}") Duration every,
            @Value("${ledger.read-models.checkpoint.load-in-background:true}") boolean loadInBackground,
            @Value("${ledger.read-models.checkpoint.background-threads:0}") int backgroundThreads,
            ProjectionHolder holder, LedgerEventReader reader, HashChain chain,
            ObjectProvider<ReadSideStatus> status, ObjectProvider<CheckpointPreload.Reading> preload,
            LedgerEventSource ledgerEventSource) {
        return new ReadModelCheckpoints(enabled, folder, everyEvents, every, holder, reader, chain, status,
                preload.getIfAvailable(), ledgerEventSource, loadInBackground, backgroundThreads);
    }

    @Bean
    public LedgerEventSource ledgerEventSource(LedgerEventReader reader) {
        return new LedgerEventSource(reader);
    }
}
