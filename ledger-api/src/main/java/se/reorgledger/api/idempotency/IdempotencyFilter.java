package se.reorgledger.api.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.reorgledger.api.json.StrictUtf8;
import se.reorgledger.api.json.TextRules;
import se.reorgledger.api.security.ProblemWriter;

/**
 * {@code Idempotency-Key} on POST (IETF httpapi draft): the first request with a key is carried out and its
 * answer kept; the same key again from the same principal with the same request is answered with that answer
 * and records nothing; while the first is still running, {@code 409}; with another request, {@code 422}. A
 * request the server failed (5xx) keeps nothing, so that its retry is carried out. JSON and YAML bodies only:
 * a multipart import is read by the container, not through here.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    /** A claim still in flight after this long belongs to a node that stopped before answering. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    private static final int LONGEST_KEY = 255;

    private final IdempotencyStore store;
    private final ProblemWriter writer;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    public IdempotencyFilter(IdempotencyStore store, ProblemWriter writer, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || contentType.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > LONGEST_KEY || TextRules.refusal(key) != null) {
            writer.write(request, response, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    HEADER + " must be 1 to " + LONGEST_KEY + " characters of text (a UUID, for instance)");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            writer.write(request, response, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    e.getMessage());
            return;
        }
        String principal = authentication.getName();
        byte[] hash = requestHash(request, body);
        Instant now = clock.instant();
        purgeNowAndThen(now);
        if (!store.claim(principal, key, hash, now) && !answeredBefore(request, response, principal, key, hash, now)) {
            return;
        }
        if (response.isCommitted()) {
            return;
        }
        carryOut(new BodyRead(request, body), response, chain, principal, key);
    }

    /**
     * The key was used before: answers the kept answer, 409 or 422, and returns false; or returns true when the
     * earlier claim was abandoned and this request now holds it.
     */
    private boolean answeredBefore(HttpServletRequest request, HttpServletResponse response, String principal,
                                   String key, byte[] hash, Instant now) throws IOException {
        Optional<IdempotencyStore.Entry> found = store.find(principal, key);
        if (found.isEmpty()) {
            // Released by a failed first attempt between our claim and this look: claim again.
            if (store.claim(principal, key, hash, now)) {
                return true;
            }
            found = store.find(principal, key);
        }
        if (found.isEmpty()) {
            inFlight(request, response);
            return false;
        }
        IdempotencyStore.Entry entry = found.get();
        if (!MessageDigest.isEqual(entry.requestHash(), hash)) {
            writer.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "Idempotency-Key used for another request", "This " + HEADER + " was sent with another "
                            + "request (method, path or body); use a new key for a new request (nothing was recorded)");
            return false;
        }
        if (entry.status() == null) {
            if (entry.createdAt().plus(ABANDONED_AFTER).isBefore(now)
                    && store.takeOver(principal, key, entry.createdAt(), now)) {
                return true;
            }
            inFlight(request, response);
            return false;
        }
        response.setStatus(entry.status());
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        if (entry.location() != null) {
            response.setHeader("Location", entry.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (entry.body() != null) {
            response.setContentLength(entry.body().length);
            response.getOutputStream().write(entry.body());
        }
        return false;
    }

    private void inFlight(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        writer.write(request, response, HttpStatus.CONFLICT, "idempotency-key-in-flight",
                "The first request with this Idempotency-Key is still running",
                "A request with this " + HEADER + " is being carried out; send it again in a moment to get its answer");
    }

    private void carryOut(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                          String principal, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper kept = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, kept);
        } catch (ServletException | IOException | RuntimeException e) {
            store.release(principal, key);
            throw e;
        }
        if (kept.getStatus() >= 500) {
            store.release(principal, key);
        } else {
            store.complete(principal, key, kept.getStatus(), kept.getContentType(), kept.getHeader("Location"),
                    kept.getContentAsByteArray());
        }
        kept.copyBodyToResponse();
    }

    private void purgeNowAndThen(Instant now) {
        long last = lastPurge.get();
        if (now.toEpochMilli() - last > Duration.ofMinutes(10).toMillis()
                && lastPurge.compareAndSet(last, now.toEpochMilli())) {
            store.removeExpired(now);
        }
    }

    private static byte[] requestHash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n"
                    + request.getContentType() + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The request with its body already read, so that the handler reads the same bytes again. */
    private static final class BodyRead extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRead(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
