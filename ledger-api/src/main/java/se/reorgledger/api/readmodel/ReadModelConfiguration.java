package se.reorgledger.api.readmodel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.reorgledger.projections.rebuild.ProjectionHolder;

@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean
    public ProjectionHolder projectionHolder() {
        return new ProjectionHolder();
    }
}
