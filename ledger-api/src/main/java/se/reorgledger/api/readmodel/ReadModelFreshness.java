package se.reorgledger.api.readmodel;

import java.time.Duration;
import org.springframework.stereotype.Component;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/**
 * Read-your-writes: after a write is acknowledged, waits (briefly) until the read models have taken in
 * everything the ledger holds, so that the writer's next read shows the write.
 */
@Component
public class ReadModelFreshness {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final HashChain chain;
    private final ProjectionHolder holder;

    public ReadModelFreshness(HashChain chain, ProjectionHolder holder) {
        this.chain = chain;
        this.holder = holder;
    }

    /** @return whether the read models caught up with the ledger head in time */
    public boolean awaitLedgerHead() {
        long head = chain.head().globalIndex();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (holder.current().position() < head) {
            if (System.nanoTime() > deadline) {
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

    public boolean isCaughtUp() {
        return holder.current().position() >= chain.head().globalIndex();
    }
}
