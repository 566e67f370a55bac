package se.reorgledger.api.readmodel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.lang.NonNull;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import se.reorgledger.api.problemtype.ProblemTypes;
import se.reorgledger.core.change.InvalidChangeException;

/**
 * Lets a read through to the read models only when they may answer (see {@link ReadSideStatus}): never a part
 * of the ledger presented as the whole. Otherwise the read is answered 503 with Retry-After.
 */
@Component
public class ReadModelGate implements HandlerInterceptor {

    private static final Duration WHILE_CATCHING_UP = Duration.ofSeconds(2);
    private static final Duration WHILE_STOPPED = Duration.ofSeconds(30);
    private static final Duration WAIT_FOR_POSITION = Duration.ofSeconds(5);

    private final ReadSideStatus status;
    private final ReadModelFreshness freshness;

    public ReadModelGate(ReadSideStatus status, ReadModelFreshness freshness) {
        this.status = status;
        this.freshness = freshness;
    }

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            requireAnswering();
            String minimum = request.getHeader(LedgerPositionHeaders.MIN_POSITION);
            if (minimum != null) {
                requirePosition(minimum);
            }
        }
        return true;
    }

    /** Read-your-writes on any node: waits briefly until the read models have applied the position asked for. */
    private void requirePosition(String header) {
        long minimum = LedgerPositionHeaders.minPosition(header).orElseThrow(() -> new InvalidChangeException(
                LedgerPositionHeaders.MIN_POSITION, "must be a ledger position as a write answered it in "
                        + LedgerPositionHeaders.POSITION + " (got '" + header + "')"));
        if (!freshness.awaitPosition(minimum, WAIT_FOR_POSITION)) {
            requireAnswering();
            throw new ReadModelsUnavailableException(ProblemTypes.READ_MODELS_CATCHING_UP,
                    "The read models of this node have applied the ledger up to position "
                            + status.readModelPosition() + ", not yet " + minimum + " as "
                            + LedgerPositionHeaders.MIN_POSITION + " asks; try again shortly", WHILE_CATCHING_UP);
        }
    }

    /** @throws ReadModelsUnavailableException when the read models may not answer now */
    public void requireAnswering() {
        status.failure().ifPresent(failure -> {
            throw new ReadModelsUnavailableException(ProblemTypes.READ_MODELS_STOPPED,
                    "The read models stopped before the event at position " + failure.position()
                            + ", which they cannot apply; no answer is given without it", WHILE_STOPPED);
        });
        if (!status.caughtUp()) {
            throw new ReadModelsUnavailableException(ProblemTypes.READ_MODELS_CATCHING_UP,
                    "The read models are taking in the ledger after a start (" + status.readModelPosition()
                            + " of " + status.headAtStart() + "); try again shortly", WHILE_CATCHING_UP);
        }
    }
}
