package se.reorgledger.integrity.chain;

import java.util.Arrays;

/**
 * Consecutive rows of an export that were found intact among themselves where they were read: each event hashes,
 * at its link's position, to its link's entry hash, the positions follow one another, and each link's chain hash
 * follows from the link before it. What is left to check is only how the run joins the rows before it, which
 * {@link ChainVerifier#acceptIntact(IntactRun)} does; the rows themselves are never built.
 */
public final class IntactRun {

    private static final int HASH = 32;

    private final long firstPosition;
    private final int size;
    private final String firstEntryHash;
    private final String firstChainHash;
    private final ChainLink lastLink;
    /** The chain hash of each link, 32 bytes each, in order. */
    private final byte[] chainHashes;
    /** The Merkle leaf of each event, 32 bytes each, or null when they were not asked for. */
    private final byte[] leaves;

    public IntactRun(long firstPosition, int size, String firstEntryHash, String firstChainHash, ChainLink lastLink,
                     byte[] chainHashes, byte[] leaves) {
        if (size < 1 || chainHashes.length < size * HASH || leaves != null && leaves.length < size * HASH) {
            throw new IllegalArgumentException("a run of " + size + " rows needs a chain hash for each");
        }
        this.firstPosition = firstPosition;
        this.size = size;
        this.firstEntryHash = firstEntryHash;
        this.firstChainHash = firstChainHash;
        this.lastLink = lastLink;
        this.chainHashes = chainHashes;
        this.leaves = leaves;
    }

    public long firstPosition() {
        return firstPosition;
    }

    public long lastPosition() {
        return firstPosition + size - 1;
    }

    public int size() {
        return size;
    }

    String firstEntryHash() {
        return firstEntryHash;
    }

    String firstChainHash() {
        return firstChainHash;
    }

    ChainLink lastLink() {
        return lastLink;
    }

    boolean hasLeaves() {
        return leaves != null;
    }

    /** The chain hash of the link at {@code position}, which lies in this run. */
    String chainHashAt(long position) {
        int at = offsetOf(position);
        return Hex.format(Arrays.copyOfRange(chainHashes, at, at + HASH));
    }

    /** The Merkle leaf of the event at {@code position}, which lies in this run. */
    byte[] leafAt(long position) {
        int at = offsetOf(position);
        return Arrays.copyOfRange(leaves, at, at + HASH);
    }

    /** The first position in this run whose chain hash is {@code hash}, or null. */
    Long positionOfChainHash(byte[] hash) {
        for (int i = 0; i < size; i++) {
            if (Arrays.equals(chainHashes, i * HASH, (i + 1) * HASH, hash, 0, HASH)) {
                return firstPosition + i;
            }
        }
        return null;
    }

    private int offsetOf(long position) {
        if (position < firstPosition || position > lastPosition()) {
            throw new IllegalArgumentException("position " + position + " lies outside this run");
        }
        return (int) (position - firstPosition) * HASH;
    }
}
