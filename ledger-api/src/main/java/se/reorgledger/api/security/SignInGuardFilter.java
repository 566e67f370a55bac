package se.reorgledger.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before any credential is checked: a user or address past its limit of failed sign-ins is answered 429 with
 * Retry-After, unchecked. After: a sign-in that failed (401) is counted and logged with the user's name and the
 * address, never the password or token.
 */
final class SignInGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInGuardFilter.class);

    private final FailedSignIns failures;
    private final ProblemWriter writer;

    SignInGuardFilter(FailedSignIns failures, ProblemWriter writer) {
        this.failures = failures;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            chain.doFilter(request, response);
            return;
        }
        String user = basicUser(authorization);
        String address = request.getRemoteAddr();
        long retryAfter = failures.retryAfterSeconds(user, address, System.currentTimeMillis());
        if (retryAfter > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
            writer.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-sign-ins",
                    "Too many failed sign-ins", "Too many failed sign-ins for this user or from this address; try "
                            + "again after " + retryAfter + " s");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            failures.failed(user, address, System.currentTimeMillis());
            log.warn("Failed sign-in ({}) for user '{}' from {}", authorization.startsWith("Basic ") ? "Basic"
                    : "bearer token", user == null ? "-" : printable(user), address);
        }
    }

    /** The user named by a Basic header, or null (a token, or a header that names none). */
    static String basicUser(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A name as it may go into a log line: no line breaks or other control characters, at most 64 characters. */
    private static String printable(String name) {
        String shown = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() > 64 ? shown.substring(0, 64) + "…" : shown;
    }
}
