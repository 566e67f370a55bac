package se.reorgledger.api.idempotency;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.reorgledger.api.security.ProblemWriter;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class IdempotencyConfiguration {

    /** After Spring Security (order -100), so that the principal is known; keys are kept per principal. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyKeys(IdempotencyStore store, ProblemWriter writer) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(store, writer, Clock.systemUTC()));
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
