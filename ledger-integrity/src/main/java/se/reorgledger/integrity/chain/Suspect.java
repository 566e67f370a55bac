package se.reorgledger.integrity.chain;

/**
 * A row that did not fit the chain where it stood, with what the chain expected there: the position it expected
 * next and the chain hash before it, and the symptom the walk saw.
 */
record Suspect(LedgerRow row, long expected, String previous, Symptom symptom) {

    enum Symptom {
        /** An event without a link. */
        UNCHAINED,
        /** A link without an event. */
        UNFILLED,
        /** Event and link fit the chain where they stand, but the link's position field says another. */
        MISNUMBERED,
        /** The link has the expected position, but the event does not match it or it does not follow. */
        MISMATCHED,
        /** The link is further on than expected, and the chain goes on from it: positions in between are not here. */
        JUMPED,
        /** The link claims a later position, while the rows after it go on where the chain expected. */
        DISPLACED,
        /** The link claims a position the chain has passed already. */
        BEHIND
    }

    ChainLink link() {
        return row.link();
    }

    LedgerEntry entry() {
        return row.entry();
    }

    boolean complete() {
        return row.hasEntry() && row.hasLink();
    }

    boolean fitsItsLink() {
        return row.matchesItsLink();
    }

    /** Whether the event would match its link's entry hash if it stood at {@code position}. */
    boolean fitsAt(long position) {
        return complete() && entry().entryHash(position).equals(link().entryHash());
    }
}
