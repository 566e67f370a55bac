package se.reorgledger.api.store;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Whether anyone but this node has appended to the ledger since it started: other nodes on the same database.
 *
 * <p>This node keeps each organisation it has worked on in memory (Axon's aggregate cache) and decides the next
 * command on it from there. Alone, that is always the latest state. With other nodes it may be stale: a package
 * decided on a stale organisation cannot be recorded (its sequence number is taken, and the command is tried
 * again on the stored state), but a package <em>refused</em> on a stale organisation would be refused wrongly.
 * So a refusal is checked again, on the stored state, whenever others may have written. The count is exact:
 * positions count events without gaps, so the head is at the start position plus this node's events unless
 * someone else appended.
 */
@Component
public class OtherWriters implements LedgerAppendListener, SmartInitializingSingleton {

    private final HashChain chain;
    private Long positionAtStart;
    private long ownEvents;

    public OtherWriters(HashChain chain) {
        this.chain = chain;
    }

    /** Once the database is migrated and before any command is taken. */
    @Override
    public synchronized void afterSingletonsInstantiated() {
        if (positionAtStart == null) {
            positionAtStart = chain.head().position();
        }
    }

    @Override
    public void committed(LedgerHead head) {
        committed(head, 0);
    }

    @Override
    public synchronized void committed(LedgerHead head, int events) {
        if (positionAtStart == null) {
            positionAtStart = head.position() - events;
        }
        ownEvents += events;
    }

    /**
     * Asks the database for the head. A false yes (an append of this node committed but not yet counted) costs a
     * second look at a refusal, nothing more.
     */
    public boolean mayHaveWritten() {
        long head = chain.head().position();
        synchronized (this) {
            if (positionAtStart == null) {
                positionAtStart = head;
            }
            return head > positionAtStart + ownEvents;
        }
    }
}
