package se.reorgledger.api.readmodel;

import java.time.Duration;
import org.springframework.stereotype.Component;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/**
 * How far the read models are behind the ledger. Used for read-your-writes (after a write is acknowledged,
 * wait briefly until the read models show it) and for readiness.
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
        long head = ledgerHead();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (readModelPosition() < head) {
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

    /** The global index of the newest event in the ledger; 0 for an empty ledger. */
    public long ledgerHead() {
        return chain.head().globalIndex();
    }

    /** The global index of the newest event the read models have taken in; 0 before any. */
    public long readModelPosition() {
        return Math.max(0, holder.current().position());
    }
}
