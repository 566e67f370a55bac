package se.reorgledger.api.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The pages' forms and questions keep the text rule of the API ({@link FormTextCheck}); the API has its own. */
@Configuration(proxyBeanMethods = false)
class WebFormConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormTextCheck()).excludePathPatterns("/api/**", "/actuator/**");
    }
}
