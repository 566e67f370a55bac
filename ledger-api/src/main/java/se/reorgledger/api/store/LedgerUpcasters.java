package se.reorgledger.api.store;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * The upcasters of the ledger's events, one place for everything that reads the event table: the event store
 * and the read models' reader. Each revision step has its named upcaster here and golden files of both
 * revisions in the tests. A stored event whose revision is its class's {@code @Revision} needs none.
 */
public final class LedgerUpcasters {

    public static final EventUpcaster CHAIN = new EventUpcasterChain(new DecisionKindUpcaster());

    private LedgerUpcasters() {
    }
}
