package se.reorgledger.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Anonymous reads of the published part are limited per client address; past the limit they are answered 429 with
 * Retry-After before any work is done. Clients that sign in (any Authorization header) are not limited here.
 */
final class PublicReadLimitFilter extends OncePerRequestFilter {

    private final PublicReads publicReads;
    private final PublicReadLimits limits;
    private final ProblemWriter writer;

    PublicReadLimitFilter(PublicReads publicReads, ProblemWriter writer) {
        this.publicReads = publicReads;
        this.limits = new PublicReadLimits(publicReads.requestsPerMinute(), publicReads.burst());
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader("Authorization") != null || !publicReads.isPublishedRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = limits.retryAfterSeconds(request.getRemoteAddr());
        if (retryAfter > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
            writer.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                    "Anonymous reads from this address are limited to " + publicReads.requestsPerMinute()
                            + " a minute; try again after " + retryAfter + " s, or sign in");
            return;
        }
        chain.doFilter(request, response);
    }
}
