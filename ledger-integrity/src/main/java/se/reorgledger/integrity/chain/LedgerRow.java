package se.reorgledger.integrity.chain;

/**
 * What one global index of the ledger holds: an event and its chain link, as it should be, or only one of them
 * when the other was removed or never chained.
 */
public record LedgerRow(long globalIndex, LedgerEntry entry, ChainLink link) {

    public static LedgerRow of(LedgerEntry entry, ChainLink link) {
        return new LedgerRow(entry != null ? entry.globalIndex() : link.globalIndex(), entry, link);
    }

    public boolean hasEntry() {
        return entry != null;
    }

    public boolean hasLink() {
        return link != null;
    }

    /** Whether the event hashes, at its link's position, to the entry hash its link records. */
    public boolean matchesItsLink() {
        return entry != null && link != null && entry.entryHash(link.position()).equals(link.entryHash());
    }
}
