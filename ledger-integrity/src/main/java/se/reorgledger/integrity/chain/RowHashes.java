package se.reorgledger.integrity.chain;

import java.util.Arrays;
import se.reorgledger.integrity.merkle.MerkleHashing;

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
     * The hashes of consecutive rows taken one at a time, as a reader meets them: so that each row is hashed while
     * it is still in the cache of the core that read it.
     */
    public static final class Batch {

        private final boolean leaves;
        private ChainLink before;
        private byte[] chainBefore;

        /** A batch that computes Merkle leaves when {@code leaves}. */
        public Batch(boolean leaves) {
            this.leaves = leaves;
        }

        /**
         * The hashes of the row after the last one taken; {@code entryHashRead}, when not null, is its entry hash at
         * its link's position as the reader computed it already.
         */
        public RowHashes next(LedgerRow row, byte[] entryHashRead) {
            ChainLink link = row.link();
            byte[] storedEntry = link == null ? null : Hex.parseHash(link.entryHash());
            byte[] storedChain = link == null ? null : Hex.parseHash(link.chainHash());
            String entryHash = null;
            byte[] leaf = null;
            if (row.hasEntry() && row.hasLink()) {
                byte[] computed = entryHashRead != null ? entryHashRead : row.entry().entryHashBytes(link.position());
                entryHash = Arrays.equals(computed, storedEntry) ? link.entryHash() : Hex.format(computed);
                leaf = leaves ? MerkleHashing.leafHash(computed) : null;
            }
            ChainStep step = null;
            if (before != null && link != null && before.chainHash() != null && link.entryHash() != null) {
                step = new ChainStep(before.chainHash(), link.entryHash(), ChainHashes.next(before.chainHash(),
                        chainBefore, link.entryHash(), storedEntry, link.chainHash(), storedChain));
            }
            before = link;
            chainBefore = storedChain;
            return new RowHashes(entryHash, leaf, step);
        }
    }
}
