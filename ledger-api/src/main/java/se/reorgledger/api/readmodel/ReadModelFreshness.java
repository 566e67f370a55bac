package se.reorgledger.api.readmodel;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: after a write is acknowledged, wait briefly until the read models show it, so that the
 * writer's next read does. Its own appends are in the known head already (see {@link ReadSideStatus}).
 */
@Component
public class ReadModelFreshness {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ReadSideStatus status;

    public ReadModelFreshness(ReadSideStatus status) {
        this.status = status;
    }

    /** @return whether the read models caught up with the ledger head in time */
    public boolean awaitLedgerHead() {
        return awaitPosition(status.knownHead(), PATIENCE);
    }

    /** @return whether the read models applied {@code position} within {@code patience}; false once they stop */
    public boolean awaitPosition(long position, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (status.readModelPosition() < position) {
            if (System.nanoTime() > deadline || status.failure().isPresent()) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
