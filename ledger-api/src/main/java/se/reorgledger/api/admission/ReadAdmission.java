package se.reorgledger.api.admission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.lang.NonNull;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.reorgledger.api.readmodel.LedgerPositionHeaders;
import se.reorgledger.api.security.ProblemWriter;

/**
 * Works on a few reads at a time and lets the others wait their turn in order of arrival. A read is short work
 * for the processor; when dozens share two cores, the scheduler slices them together and each finishes late,
 * while taken in turn each finishes soon after it starts (at 32 connections on two cores the p99 of Askersund's
 * structure fell from about 80 ms to about 40 ms, docs/operations.md). Tomcat's own pool stays large, because a
 * write holds its thread while it waits for the ledger head and the disk: writes, the operator's endpoints
 * (health, metrics) and reads that wait for a position another node wrote are not queued here.
 *
 * <p>A read keeps its turn until the first bytes of its answer go out, not until the client has them all, so a
 * client that reads slowly holds up no one. A read that waits longer than {@code ledger.reads.queue-timeout} is
 * answered 503 with Retry-After, as a node that is overloaded should answer rather than queue without bound.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@EnableConfigurationProperties(ReadAdmissionProperties.class)
public class ReadAdmission extends OncePerRequestFilter {

    static final String BUSY = "service-busy";
    private static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore turns;
    private final long queueTimeoutNanos;
    private final ProblemWriter problems;
    private final Counter refused;

    public ReadAdmission(ReadAdmissionProperties properties, ProblemWriter problems, MeterRegistry registry) {
        this.turns = new Semaphore(properties.permits(), true);
        this.queueTimeoutNanos = properties.queueTimeout().toNanos();
        this.problems = problems;
        this.refused = Counter.builder("ledger.reads.refused")
                .description("Reads answered 503 after waiting their turn for longer than the queue timeout")
                .register(registry);
        Gauge.builder("ledger.reads.waiting", turns, Semaphore::getQueueLength)
                .description("Reads waiting for their turn").register(registry);
        Gauge.builder("ledger.reads.working", turns, t -> properties.permits() - t.availablePermits())
                .description("Reads being worked on").register(registry);
    }

    @Override
    protected boolean shouldNotFilter(@NonNull HttpServletRequest request) {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        return !read || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")
                || request.getHeader(LedgerPositionHeaders.MIN_POSITION) != null;
    }

    @Override
    protected void doFilterInternal(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                                    @NonNull FilterChain chain) throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refused.increment();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, BUSY, "The service is busy",
                    "Too many reads were waiting for their turn on this node; try again after "
                            + RETRY_AFTER_SECONDS + " s");
            return;
        }
        Turn turn = new Turn(turns);
        try {
            chain.doFilter(request, new TurnEndsWithFirstBytes(response, turn));
        } finally {
            turn.end();
        }
    }
}
