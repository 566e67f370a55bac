package se.reorgledger.integrity.chain;

/**
 * An event without a link and a link without an event that seal each other once one global index is put back:
 * the event was moved to another place in the ledger's order, or the chain's record was pointed elsewhere. Holds
 * the finding and the row as it was appended.
 */
record Relocation(Finding finding, LedgerRow row) {

    /** The relocation, or null when the link does not seal the event. */
    static Relocation of(LedgerEntry entry, ChainLink link) {
        if (entry.entryHash(link.position()).equals(link.entryHash())) {
            return new Relocation(new Finding(FindingKind.CHAIN_MISMATCH, link.position(), "The chain's record of "
                    + "position " + link.position() + " names global index " + link.globalIndex() + ", but the "
                    + "event it sealed is " + entry.describe() + ", unchanged: the chain table was changed."),
                    new LedgerRow(entry.globalIndex(), entry, new ChainLink(link.position(), entry.globalIndex(),
                            link.entryHash(), link.chainHash())));
        }
        LedgerEntry putBack = entry.withGlobalIndex(link.globalIndex());
        if (putBack.entryHash(link.position()).equals(link.entryHash())) {
            return new Relocation(new Finding(FindingKind.REORDERED, link.position(), "The event appended as "
                    + "position " + link.position() + " at global index " + link.globalIndex() + " was moved to "
                    + "global index " + entry.globalIndex() + ", another place in the ledger's order: "
                    + entry.describe() + "."), new LedgerRow(link.globalIndex(), putBack, link));
        }
        return null;
    }
}
