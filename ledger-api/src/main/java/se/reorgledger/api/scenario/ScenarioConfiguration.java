package se.reorgledger.api.scenario;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ScenarioConfiguration {

    @Bean
    ScenarioReader scenarioReader() {
        return new ScenarioReader();
    }

    @Bean
    ScenarioImporter scenarioImporter(CommandGateway commandGateway, EventStore eventStore) {
        return new ScenarioImporter(commandGateway, eventStore);
    }
}
