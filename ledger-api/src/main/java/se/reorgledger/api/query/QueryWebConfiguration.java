package se.reorgledger.api.query;

import org.springframework.context.annotation.Configuration;
import org.springframework.lang.NonNull;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request to the API has its query parameters checked strictly. */
@Configuration(proxyBeanMethods = false)
public class QueryWebConfiguration implements WebMvcConfigurer {

    private final StrictQueryParameters strict;

    public QueryWebConfiguration(StrictQueryParameters strict) {
        this.strict = strict;
    }

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        registry.addInterceptor(strict).addPathPatterns("/api/**");
    }
}
