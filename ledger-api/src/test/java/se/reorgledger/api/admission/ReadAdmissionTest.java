package se.reorgledger.api.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import se.reorgledger.api.security.ProblemWriter;

class ReadAdmissionTest {

    private static final Duration SHORT_WAIT = Duration.ofMillis(200);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private static final long APPLIED_POSITION = 42;

    private final ReadAdmission oneAtATime = new ReadAdmission(new ReadAdmissionProperties(1, SHORT_WAIT, 1),
            () -> APPLIED_POSITION, new ProblemWriter(new ObjectMapper()), registry);
    private final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void letTheFirstReadFinish() {
        finish.countDown();
    }

    @Test
    void aReadThatFindsNoTurnWithinTheQueueTimeoutIsAnsweredBusyWithRetryAfter() throws Exception {
        CompletableFuture<Void> first = holdTheOnlyTurn(false);

        MockHttpServletResponse second = read("/api/v1/organisations/askersund/structure", passedThrough());

        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("1");
        assertThat(second.getContentType()).startsWith("application/problem+json");
        assertThat(second.getContentAsString()).contains("/problems/service-busy");
        assertThat(registry.get("ledger.reads.refused").counter().count()).isEqualTo(1.0);
        finish.countDown();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aReadWhoseAnswerHasStartedToGoOutNoLongerHoldsUpTheNext() throws Exception {
        CompletableFuture<Void> first = holdTheOnlyTurn(true);
        AtomicBoolean served = new AtomicBoolean();

        MockHttpServletResponse second = read("/api/v1/organisations/askersund/structure", (request, response) -> {
            served.set(true);
            response.getOutputStream().write('{');
        });

        assertThat(served).isTrue();
        assertThat(second.getStatus()).isEqualTo(200);
        finish.countDown();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aReadThatFailsGivesItsTurnBack() throws Exception {
        MockHttpServletRequest failing = new MockHttpServletRequest("GET", "/api/v1/organisations/x/structure");
        assertThatThrownBy(() -> oneAtATime.doFilter(failing, new MockHttpServletResponse(), (request, response) -> {
            throw new IllegalStateException("the read failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(read("/api/v1/organisations/x/structure", passedThrough()).getStatus()).isEqualTo(200);
    }

    @Test
    void writesTheOperatorsEndpointsAndReadsWaitingForAPositionAreNotQueued() throws Exception {
        CompletableFuture<Void> first = holdTheOnlyTurn(false);

        MockHttpServletRequest write = new MockHttpServletRequest("POST", "/api/v1/organisations/x/packages");
        MockHttpServletRequest health = new MockHttpServletRequest("GET", "/actuator/health");
        MockHttpServletRequest awaiting = new MockHttpServletRequest("GET", "/api/v1/organisations/x/structure");
        awaiting.addHeader("Ledger-Min-Position", Long.toString(APPLIED_POSITION + 1));
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {write, health, awaiting}) {
            AtomicBoolean served = new AtomicBoolean();
            oneAtATime.doFilter(request, new MockHttpServletResponse(), (req, res) -> served.set(true));
            assertThat(served).as(request.getMethod() + " " + request.getRequestURI()).isTrue();
        }
        assertThat(registry.get("ledger.reads.refused").counter().count()).isZero();
        finish.countDown();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aReadAskingForAPositionAlreadyAppliedTakesItsTurnLikeAnyOther() throws Exception {
        CompletableFuture<Void> first = holdTheOnlyTurn(false);

        MockHttpServletRequest applied = new MockHttpServletRequest("GET", "/api/v1/organisations/x/structure");
        applied.addHeader("Ledger-Min-Position", Long.toString(APPLIED_POSITION));
        MockHttpServletResponse response = new MockHttpServletResponse();
        oneAtATime.doFilter(applied, response, passedThrough());

        assertThat(response.getStatus()).isEqualTo(503);
        finish.countDown();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aReadFindingTheQueueFullIsAnsweredBusyAtOnce() throws Exception {
        SimpleMeterRegistry patientsMeters = new SimpleMeterRegistry();
        ReadAdmission patient = new ReadAdmission(new ReadAdmissionProperties(1, Duration.ofSeconds(30), 1),
                () -> APPLIED_POSITION, new ProblemWriter(new ObjectMapper()), patientsMeters);
        // The holder must have the turn before the second read asks, or the second could take it first.
        CompletableFuture<Void> holder = holdTheOnlyTurn(patient, false);
        CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                MockHttpServletResponse response = new MockHttpServletResponse();
                patient.doFilter(new MockHttpServletRequest("GET", "/b"), response, passedThrough());
                return response;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (patientsMeters.get("ledger.reads.waiting").gauge().value() < 1) {
            assertThat(System.nanoTime()).as("the second read is waiting").isLessThan(deadline);
            Thread.onSpinWait();
        }

        long started = System.nanoTime();
        MockHttpServletResponse third = new MockHttpServletResponse();
        patient.doFilter(new MockHttpServletRequest("GET", "/c"), third, passedThrough());

        assertThat(third.getStatus()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        finish.countDown();
        assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        holder.get(5, TimeUnit.SECONDS);
    }

    /** A read on another thread that takes the only turn and keeps working until {@link #finish}. */
    private CompletableFuture<Void> holdTheOnlyTurn(boolean answerStartedFirst) throws InterruptedException {
        return holdTheOnlyTurn(oneAtATime, answerStartedFirst);
    }

    private CompletableFuture<Void> holdTheOnlyTurn(ReadAdmission admission, boolean answerStartedFirst)
            throws InterruptedException {
        CountDownLatch working = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/organisations/a/structure");
                admission.doFilter(request, new MockHttpServletResponse(), (req, response) -> {
                    if (answerStartedFirst) {
                        response.getOutputStream().write('{');
                    }
                    working.countDown();
                    await(finish);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(working.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private MockHttpServletResponse read(String path, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        oneAtATime.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        return response;
    }

    private static FilterChain passedThrough() {
        return (request, response) -> response.getOutputStream().write('{');
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the test did not let the read finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
