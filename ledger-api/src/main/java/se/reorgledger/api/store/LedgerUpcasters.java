package se.reorgledger.api.store;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;

/**
 * The upcasters of the ledger's events, one place for everything that reads the event table: the event store
 * and the read models' reader. Every event is still at revision 1, so there are none yet; a new revision
 * brings its named upcaster here, with its golden files.
 */
public final class LedgerUpcasters {

    public static final EventUpcaster CHAIN = NoOpEventUpcaster.INSTANCE;

    private LedgerUpcasters() {
    }
}
