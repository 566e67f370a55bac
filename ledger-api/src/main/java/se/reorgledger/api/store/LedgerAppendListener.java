package se.reorgledger.api.store;

/**
 * Told of every append once it has committed, before the append is acknowledged to whoever asked for it: what
 * must hold for an acknowledged append (that it is durable, that a witness knows of it) is done here. An
 * exception refuses the acknowledgement; the events stay committed.
 */
@FunctionalInterface
public interface LedgerAppendListener {

    void committed(LedgerHead head);

    /** The same, with how many events the append added; most listeners need only the head. */
    default void committed(LedgerHead head, int events) {
        committed(head);
    }
}
