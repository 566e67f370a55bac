package se.reorgledger.api.readmodel;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.lang.NonNull;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every read answered from the read models passes their {@link ReadModelGate}. */
@Configuration(proxyBeanMethods = false)
public class ReadModelWebConfiguration implements WebMvcConfigurer {

    private final ReadModelGate gate;

    public ReadModelWebConfiguration(ReadModelGate gate) {
        this.gate = gate;
    }

    /** Final JSON answers are written from their lent buffer, before any other converter is asked. */
    @Override
    public void extendMessageConverters(@NonNull List<HttpMessageConverter<?>> converters) {
        converters.add(0, new SettledJsonConverter());
    }

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        registry.addInterceptor(gate).addPathPatterns("/api/v1/organisations", "/api/v1/organisations/**");
    }
}
