package se.reorgledger.api.integrity;

import java.util.Arrays;
import java.util.List;
import se.reorgledger.api.integrity.merkle.MerkleHashing;

/**
 * The hashes of a row that do not depend on the rows the walk took before it, computed ahead on any thread: the
 * event's entry hash at its link's position, that hash as a Merkle leaf, and the chain step from the link of the
 * row before it in the same batch to its own. For an intact ledger these are exactly the hashes the walk needs, so
 * the walk, which has to go in order on one thread, is left to compare; wherever it meets other hashes (a tampered
 * row, the first row of a batch) it computes them itself, so the result never depends on what was computed here.
 */
public final class RowHashes {

    /** Null when the row lacks its event or its link. */
    final String entryHashAtLink;
    /** Null when not asked for, or when there is no entry hash at the link. */
    final byte[] leafAtLink;
    /** Null for the first row of a batch, or when this row or the one before it has no link. */
    final ChainStep stepFromRowBefore;

    private RowHashes(String entryHashAtLink, byte[] leafAtLink, ChainStep stepFromRowBefore) {
        this.entryHashAtLink = entryHashAtLink;
        this.leafAtLink = leafAtLink;
        this.stepFromRowBefore = stepFromRowBefore;
    }

    /**
     * The hashes of consecutive rows, one for each; with Merkle leaves when {@code leaves}. Each stored hash is
     * read once, and hashes are compared as bytes; where a computed hash is the stored one, the stored string
     * stands for it, so that no hex is written and the walk's comparisons find the same object.
     */
    public static RowHashes[] of(List<LedgerRow> rows, boolean leaves) {
        return of(rows, null, leaves);
    }

    /**
     * As {@link #of(List, boolean)}, taking each row's entry hash at its link's position from {@code entryHashes}
     * where the reader computed it already (null there, or no list, where it did not).
     */
    public static RowHashes[] of(List<LedgerRow> rows, List<byte[]> entryHashes, boolean leaves) {
        RowHashes[] hashes = new RowHashes[rows.size()];
        ChainLink before = null;
        byte[] chainBefore = null;
        for (int i = 0; i < hashes.length; i++) {
            LedgerRow row = rows.get(i);
            ChainLink link = row.link();
            byte[] storedEntry = link == null ? null : Hex.parseHash(link.entryHash());
            byte[] storedChain = link == null ? null : Hex.parseHash(link.chainHash());
            String entryHash = null;
            byte[] leaf = null;
            if (row.hasEntry() && row.hasLink()) {
                byte[] read = entryHashes == null ? null : entryHashes.get(i);
                byte[] computed = read != null ? read : row.entry().entryHashBytes(link.position());
                entryHash = Arrays.equals(computed, storedEntry) ? link.entryHash() : Hex.format(computed);
                leaf = leaves ? MerkleHashing.leafHash(computed) : null;
            }
            ChainStep step = null;
            if (before != null && link != null && before.chainHash() != null && link.entryHash() != null) {
                step = new ChainStep(before.chainHash(), link.entryHash(),
                        next(before.chainHash(), chainBefore, link, storedEntry, storedChain));
            }
            hashes[i] = new RowHashes(entryHash, leaf, step);
            before = link;
            chainBefore = storedChain;
        }
        return hashes;
    }

    /**
     * What {@link ChainHashes#next(String, String)} gives after the chain hash before and this link's entry hash:
     * from the bytes read already when both are written as hashes are written, else from the strings.
     */
    private static String next(String chainHashBefore, byte[] chainBefore, ChainLink link, byte[] storedEntry,
                               byte[] storedChain) {
        if (chainBefore == null || storedEntry == null) {
            return ChainHashes.next(chainHashBefore, link.entryHash());
        }
        byte[] next = EntryHashing.chainHash(chainBefore, storedEntry);
        return Arrays.equals(next, storedChain) ? link.chainHash() : Hex.format(next);
    }
}
