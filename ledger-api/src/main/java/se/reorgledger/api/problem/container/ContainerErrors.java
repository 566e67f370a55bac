package se.reorgledger.api.problem.container;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import se.reorgledger.api.security.RefusedBodyValve;

/**
 * Errors answered outside the API's controllers, as problem+json: Tomcat's own (its error valve) and the
 * firewall's (a path Spring Security refuses, such as one with an encoded {@code .}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ContainerErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** A body the service refused part way is not read on by Tomcat (see {@link RefusedBodyValve}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedBodiesNotDrained() {
        return factory -> factory.addContextValves(new RefusedBodyValve());
    }

    @Bean
    RequestRejectedHandler rejectedRequests() {
        return (request, response, rejected) -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"/problems/invalid-request\",\"title\":\"Invalid request\","
                    + "\"status\":400,\"detail\":\"The request's path or headers are refused (an encoded '/', '.' or"
                    + " '%', a '..' segment, a control character); nothing was read\"}");
        };
    }
}
