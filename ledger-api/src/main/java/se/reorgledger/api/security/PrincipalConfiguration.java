package se.reorgledger.api.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import se.reorgledger.api.ledger.CurrentPrincipal;

/** Who is recording: needed by the service and by the jar's commands alike, which serve no HTTP. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, PublicReads.class})
public class PrincipalConfiguration {

    /** The name recorded on every change: the user's name, or the token's subject. */
    @Bean
    CurrentPrincipal currentPrincipal() {
        return () -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null ? "system" : authentication.getName();
        };
    }
}
