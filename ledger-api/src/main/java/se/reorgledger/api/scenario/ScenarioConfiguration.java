package se.reorgledger.api.scenario;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.reorgledger.api.store.HashChain;

@Configuration(proxyBeanMethods = false)
public class ScenarioConfiguration {

    @Bean
    ScenarioReader scenarioReader() {
        return new ScenarioReader();
    }

    @Bean
    ScenarioPreview scenarioPreview(EventStore eventStore) {
        return new ScenarioPreview(eventStore);
    }

    @Bean
    ScenarioImporter scenarioImporter(CommandGateway commandGateway, EventStore eventStore, HashChain chain) {
        return new ScenarioImporter(commandGateway, eventStore, () -> chain.head().recordedAt(), Clock.systemUTC());
    }
}
