package se.reorgledger.api.opendata;

import org.springframework.context.annotation.Configuration;
import org.springframework.lang.NonNull;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The reads that answer in several representations refuse an Accept header that asks for none of them. */
@Configuration(proxyBeanMethods = false)
public class OpenDataWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptableRepresentations(Representation.all()))
                .addPathPatterns(OpenDataController.ORGANISATION + "/structure", OpenDataController.ORGANISATION
                        + "/diff");
        registry.addInterceptor(new AcceptableRepresentations(Representation.tablesOnly()))
                .addPathPatterns(OpenDataController.ORGANISATION + "/decisions");
        registry.addInterceptor(new AcceptableRepresentations(Representation.graphsOnly()))
                .addPathPatterns(LedgerIris.VOCABULARY_PATH);
    }
}
