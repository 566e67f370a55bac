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
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.lang.NonNull;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.reorgledger.api.readmodel.LedgerPositionHeaders;
import se.reorgledger.api.readmodel.ReadSideStatus;
import se.reorgledger.api.security.ProblemWriter;

/**
 * Works on a few reads at a time and lets the others wait their turn in order of arrival. A read is short work
 * for the processor; when dozens share two cores, the scheduler slices them together and each finishes late,
 * while taken in turn each finishes soon after it starts (at 32 connections on two cores the p99 of Askersund's
 * structure fell from about 100 ms to about 30 ms, docs/operations.md). Tomcat's own pool stays large, because a
 * write holds its thread while it waits for the ledger head and the disk: writes, the operator's endpoints
 * (health, metrics) and reads that will wait for a position another node wrote are not queued here.
 *
 * <p>It runs after Spring Security, so a request without valid credentials is answered 401 without taking a
 * turn. A read keeps its turn until the first bytes of its answer go out, not until the client has them all, so
 * a client that reads slowly holds up no one. A read that waits longer than {@code ledger.reads.queue-timeout},
 * or finds {@code ledger.reads.max-waiting} reads already waiting, is answered 503 with Retry-After, as an
 * overloaded node should answer rather than queue without bound.
 */
@Component
@Order(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 1)
@EnableConfigurationProperties(ReadAdmissionProperties.class)
public class ReadAdmission extends OncePerRequestFilter {

    static final String BUSY = "service-busy";
    private static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore turns;
    private final long queueTimeoutNanos;
    private final int maxWaiting;
    private final LongSupplier readModelPosition;
    private final ProblemWriter problems;
    private final Counter refused;

    @Autowired
    public ReadAdmission(ReadAdmissionProperties properties, ReadSideStatus status, ProblemWriter problems,
                         MeterRegistry registry) {
        this(properties, status::readModelPosition, problems, registry);
    }

    ReadAdmission(ReadAdmissionProperties properties, LongSupplier readModelPosition, ProblemWriter problems,
                  MeterRegistry registry) {
        int permits = properties.permits();
        this.turns = new Semaphore(permits, true);
        this.queueTimeoutNanos = properties.queueTimeout().toNanos();
        this.maxWaiting = properties.maxWaiting();
        this.readModelPosition = readModelPosition;
        this.problems = problems;
        this.refused = Counter.builder("ledger.reads.refused")
                .description("Reads answered 503 because too many were waiting, or waited past the queue timeout")
                .register(registry);
        Gauge.builder("ledger.reads.waiting", turns, Semaphore::getQueueLength)
                .description("Reads waiting for their turn").register(registry);
        Gauge.builder("ledger.reads.working", turns, t -> permits - t.availablePermits())
                .description("Reads being worked on").register(registry);
    }

    @Override
    protected boolean shouldNotFilter(@NonNull HttpServletRequest request) {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        return !read || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")
                || waitsForAPositionNotYetApplied(request);
    }

    /**
     * A read that asks for a position the read models have not applied waits for it before any work, and must
     * not hold a turn meanwhile; one whose position is already applied is an ordinary read and takes its turn.
     */
    private boolean waitsForAPositionNotYetApplied(HttpServletRequest request) {
        String minimum = request.getHeader(LedgerPositionHeaders.MIN_POSITION);
        // One that is not a number takes its turn, and the gate answers it 400.
        return minimum != null && LedgerPositionHeaders.minPosition(minimum).stream()
                .anyMatch(position -> position > readModelPosition.getAsLong());
    }

    @Override
    protected void doFilterInternal(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                                    @NonNull FilterChain chain) throws ServletException, IOException {
        if (!awaitTurn()) {
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

    /** Waits in order of arrival: the timed tryAcquire keeps the fair order, where the untimed one would barge. */
    private boolean awaitTurn() {
        if (turns.getQueueLength() >= maxWaiting) {
            return false;
        }
        try {
            return turns.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
