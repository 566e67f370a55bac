package se.reorgledger.api.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.reorgledger.api.ledger.CurrentPrincipal;

@Configuration(proxyBeanMethods = false)
public class PrincipalConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CurrentPrincipal currentPrincipal() {
        return () -> "anonymous";
    }
}
