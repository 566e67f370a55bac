package se.reorgledger.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The published part of the ledger, which anyone may read when the kommun turns public reads on
 * (offentlighetsprincipen): the organisations, their structure, units, history, comparisons, restatements, rules, chef roles,
 * decisions, trails, committees, cooperations and assignments, in every representation (JSON, linked data, CSV),
 * the vocabulary of the linked data, and the API's own documentation. The person register,
 * exports and proofs of the whole ledger, and everything an admin does stay behind sign-in. Anonymous readers are
 * limited per client address to {@code requestsPerMinute}, with bursts of up to {@code burst}.
 */
@ConfigurationProperties("ledger.public-reads")
public record PublicReads(boolean enabled, int requestsPerMinute, int burst) {

    static final List<String> PUBLISHED = List.of(
            "/api/v1/organisations",
            "/api/v1/organisations/{organisation}",
            "/api/v1/organisations/{organisation}/structure",
            "/api/v1/organisations/{organisation}/structure.{extension}",
            "/api/v1/organisations/{organisation}/units",
            "/api/v1/organisations/{organisation}/units/**",
            "/api/v1/organisations/{organisation}/history",
            "/api/v1/organisations/{organisation}/diff",
            "/api/v1/organisations/{organisation}/diff.{extension}",
            "/api/v1/organisations/{organisation}/restatements",
            "/api/v1/organisations/{organisation}/rules",
            "/api/v1/organisations/{organisation}/chef-roles",
            "/api/v1/organisations/{organisation}/decisions",
            "/api/v1/organisations/{organisation}/decisions/**",
            "/api/v1/organisations/{organisation}/decisions.csv",
            "/api/v1/organisations/{organisation}/committees",
            "/api/v1/organisations/{organisation}/committees/**",
            "/api/v1/organisations/{organisation}/cooperations",
            "/api/v1/organisations/{organisation}/assignments",
            "/api/v1/vocabulary", "/api/v1/vocabulary/**",
            "/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**", "/swagger-ui/**",
            "/problems/**");

    private static final List<PathPattern> PATTERNS = PUBLISHED.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    public PublicReads {
        requestsPerMinute = requestsPerMinute <= 0 ? 600 : requestsPerMinute;
        burst = burst <= 0 ? 60 : burst;
    }

    /** Whether the request is a read of the published part, answered to anyone while public reads are on. */
    boolean isPublishedRead(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return PATTERNS.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
