package se.reorgledger.integrity.chain;

/**
 * Finds whether two rows are intact once something is exchanged back between them: some columns of their events,
 * parts of their chain links, or both. The entry hash binds position, global index and every column, so at most
 * one exchange makes both rows match, and it names exactly what was swapped.
 */
final class ExchangeSearch {

    /** What was exchanged, in a finding, and the two rows as they were appended. */
    record Exchange(Finding finding, LedgerRow first, LedgerRow second) {
    }

    private static final int LINK_POSITION = 1;
    private static final int LINK_HASHES = 2;

    private ExchangeSearch() {
    }

    /** The exchange that makes both complete rows match their links, or null. */
    static Exchange find(LedgerRow s, LedgerRow t, TrialBudget budget) {
        if (!s.hasEntry() || !s.hasLink() || !t.hasEntry() || !t.hasLink()) {
            return null;
        }
        int differing = EventColumn.differing(s.entry(), t.entry());
        if (differing == 0 && s.link().equals(t.link())) {
            // Two copies of one row (an export line repeated): exchanging anything between them changes nothing,
            // and a walk that took such an exchange for a repair would repair the same rows again forever.
            return null;
        }
        for (int columns = differing; ; columns = (columns - 1) & differing) {
            for (int linkParts = 0; linkParts <= (LINK_POSITION | LINK_HASHES); linkParts++) {
                if (columns == 0 && linkParts == 0) {
                    continue;
                }
                if (!budget.spend()) {
                    return null;
                }
                LedgerEntry a = EventColumn.exchanged(s.entry(), t.entry(), columns);
                ChainLink la = exchanged(s.link(), t.link(), linkParts);
                if (!a.entryHash(la.position()).equals(la.entryHash())) {
                    continue;
                }
                LedgerEntry b = EventColumn.exchanged(t.entry(), s.entry(), columns);
                ChainLink lb = exchanged(t.link(), s.link(), linkParts);
                if (b.entryHash(lb.position()).equals(lb.entryHash())) {
                    Finding finding = describe(Math.min(la.position(), lb.position()),
                            Math.max(la.position(), lb.position()), columns, differing, linkParts);
                    return new Exchange(finding, new LedgerRow(s.globalIndex(), a, la),
                            new LedgerRow(t.globalIndex(), b, lb));
                }
            }
            if (columns == 0) {
                return null;
            }
        }
    }

    /** Two intact rows in each other's places: {@code first} was appended before {@code second} but stands after it. */
    static Finding placesExchanged(LedgerRow first, LedgerRow second) {
        long p = first.link().position();
        long q = second.link().position();
        return new Finding(FindingKind.REORDERED, p, "The events at positions " + p + " and " + q + " stand in each "
                + "other's places in the ledger's order: " + first.entry().describe() + " was appended as position "
                + p + " but now comes after " + second.entry().describe() + ".");
    }

    private static Finding describe(long p, long q, int columns, int differing, int linkParts) {
        String positions = "The events at positions " + p + " and " + q;
        if (columns == 0) {
            return new Finding(FindingKind.CHAIN_MISMATCH, p, "The chain's records of positions " + p + " and " + q
                    + " exchanged their " + linkWords(linkParts) + "; the events themselves are as they were "
                    + "appended, so the chain table was changed.");
        }
        if (columns == differing && linkParts == 0) {
            return new Finding(FindingKind.REORDERED, p, positions + " exchanged places in the event table: each "
                    + "now stands at the other's global index, so the ledger's order is not the order of appending.");
        }
        if (columns == differing && linkParts == (LINK_POSITION | LINK_HASHES)) {
            return new Finding(FindingKind.REORDERED, p, positions + " exchanged global indexes together with their "
                    + "chain links, so they stand in each other's places in the ledger's order.");
        }
        String links = linkParts == 0 ? "" : ", and their chain links their " + linkWords(linkParts);
        return new Finding(FindingKind.REORDERED, p, positions + " exchanged their " + EventColumn.words(columns)
                + links + ": each now carries what was appended with the other.");
    }

    private static ChainLink exchanged(ChainLink own, ChainLink other, int parts) {
        boolean position = (parts & LINK_POSITION) != 0;
        boolean hashes = (parts & LINK_HASHES) != 0;
        return new ChainLink(position ? other.position() : own.position(), own.globalIndex(),
                hashes ? other.entryHash() : own.entryHash(), hashes ? other.chainHash() : own.chainHash());
    }

    private static String linkWords(int parts) {
        return switch (parts) {
            case LINK_POSITION -> "positions";
            case LINK_HASHES -> "entry and chain hashes";
            default -> "global indexes";
        };
    }
}
