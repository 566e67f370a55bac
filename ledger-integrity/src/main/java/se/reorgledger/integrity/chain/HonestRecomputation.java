package se.reorgledger.integrity.chain;

import se.reorgledger.integrity.merkle.MerkleHashing;
import se.reorgledger.integrity.merkle.RunningMerkleRoot;

/**
 * The chain and Merkle root recomputed from the events alone, numbered in the order they stand, ignoring every
 * stored link: what the ledger really hashes to, checked against a digest the auditor trusts.
 */
final class HonestRecomputation {

    private final TrustedDigest trusted;
    private final RunningMerkleRoot tree = new RunningMerkleRoot();
    private long position;
    private String chainHash;
    private String chainHashAtTrustedPosition;
    private Long positionOfTrustedChainHash;
    private String merkleRootAtTrustedSize;

    HonestRecomputation(VerificationScope scope, TrustedDigest trusted) {
        this.trusted = trusted;
        this.position = scope.from() - 1;
        this.chainHash = scope.chainBefore();
        if (trusted != null && trusted.position() != null && trusted.position() == position) {
            chainHashAtTrustedPosition = chainHash;
        }
    }

    long nextPosition() {
        return position + 1;
    }

    /**
     * Takes the next event's entry hash at {@link #nextPosition()}, with the hashes computed ahead for its row
     * (or null); those are used only where they are for the same inputs.
     */
    void add(String entryHash, RowHashes ahead) {
        position++;
        chainHash = ChainHashes.next(chainHash, entryHash, ahead == null ? null : ahead.stepFromRowBefore);
        if (trusted == null) {
            return;
        }
        if (trusted.position() != null && trusted.position() == position) {
            chainHashAtTrustedPosition = chainHash;
        }
        if (trusted.position() == null && positionOfTrustedChainHash == null
                && trusted.chainHash().equalsIgnoreCase(String.valueOf(chainHash))) {
            positionOfTrustedChainHash = position;
        }
        if (trusted.treeSize() != null && position <= trusted.treeSize()) {
            boolean leafAhead = ahead != null && ahead.leafAtLink != null && entryHash.equals(ahead.entryHashAtLink);
            tree.appendLeafHash(leafAhead ? ahead.leafAtLink : MerkleHashing.leafHash(Hex.parse(entryHash)));
            if (position == trusted.treeSize()) {
                merkleRootAtTrustedSize = Hex.format(tree.root());
            }
        }
    }

    /** Whether the walk so far ended in {@code chainHash} at the position before {@link #nextPosition()}. */
    boolean endsIn(String chainHash) {
        return chainHash != null && chainHash.equals(this.chainHash);
    }

    /** Whether {@link #addIntact(IntactRun)} can take the run: it carries the leaves when the digest needs them. */
    boolean canTake(IntactRun run) {
        return run.firstPosition() == nextPosition() && (trusted == null || trusted.treeSize() == null
                || run.hasLeaves() || run.firstPosition() > trusted.treeSize());
    }

    /**
     * Takes a run from {@link #nextPosition()} on that was found intact and joined to the chain this recomputation
     * ended in: its entry hashes are its links' and its chain hashes are the links' too, so they are taken as they
     * stand, with what the trusted digest asks about the positions in the run.
     */
    void addIntact(IntactRun run) {
        long first = position + 1;
        position = run.lastPosition();
        chainHash = run.lastLink().chainHash();
        if (trusted == null) {
            return;
        }
        if (trusted.position() != null && trusted.position() >= first && trusted.position() <= position) {
            chainHashAtTrustedPosition = run.chainHashAt(trusted.position());
        }
        if (trusted.position() == null && positionOfTrustedChainHash == null) {
            byte[] digest = bytesOfHash(trusted.chainHash());
            positionOfTrustedChainHash = digest == null ? null : run.positionOfChainHash(digest);
        }
        if (trusted.treeSize() != null) {
            for (long p = first; p <= Math.min(position, trusted.treeSize()); p++) {
                tree.appendLeafHash(run.leafAt(p));
                if (p == trusted.treeSize()) {
                    merkleRootAtTrustedSize = Hex.format(tree.root());
                }
            }
        }
    }

    /** A hash in hex of either case, as {@code equalsIgnoreCase} compares it; null when it is no hash at all. */
    private static byte[] bytesOfHash(String hex) {
        return ChainHashes.isHash(hex) ? Hex.parse(hex) : null;
    }

    /** What the recomputation says about the trusted digest: a finding, or null when it matches. */
    Finding check() {
        if (trusted == null) {
            return null;
        }
        if (trusted.position() == null) {
            return positionOfTrustedChainHash != null ? null : new Finding(FindingKind.DIGEST_MISMATCH, position,
                    "No event of the ledger ends a chain with the digest " + trusted.chainHash() + ": what it "
                            + "commits to was changed, or it is the digest of another ledger.");
        }
        if (position < trusted.position()) {
            return new Finding(FindingKind.REMOVED, position + 1, "The digest commits to " + trusted.position()
                    + " events, but the ledger holds only " + position + ": the events from position "
                    + (position + 1) + " on are missing.");
        }
        if (!trusted.chainHash().equalsIgnoreCase(String.valueOf(chainHashAtTrustedPosition))) {
            return new Finding(FindingKind.DIGEST_MISMATCH, trusted.position(), "Recomputed from the events, the "
                    + "chain at position " + trusted.position() + " ends in " + chainHashAtTrustedPosition
                    + ", not in the digest's " + trusted.chainHash() + ": an event up to there was changed since "
                    + "the digest was taken.");
        }
        if (trusted.treeSize() != null && trusted.merkleRoot() != null
                && !trusted.merkleRoot().equalsIgnoreCase(String.valueOf(merkleRootAtTrustedSize))) {
            return new Finding(FindingKind.DIGEST_MISMATCH, trusted.treeSize(), "Recomputed from the events, the "
                    + "Merkle root over the first " + trusted.treeSize() + " is " + merkleRootAtTrustedSize
                    + ", not the digest's " + trusted.merkleRoot() + ".");
        }
        return null;
    }

    /** In words, what a matching trusted digest proves. */
    String statement() {
        if (trusted == null) {
            return "";
        }
        if (trusted.position() == null) {
            return " It matches the digest " + trusted.chainHash() + ", the chain hash at position "
                    + positionOfTrustedChainHash + ".";
        }
        String merkle = trusted.merkleRoot() == null ? "" : " and Merkle root " + trusted.merkleRoot() + " over "
                + trusted.treeSize() + " events";
        return " It matches the digest: chain hash " + trusted.chainHash() + " at position " + trusted.position()
                + merkle + (position > trusted.position() ? "; the " + (position - trusted.position())
                + " events after it are newer than the digest." : ".");
    }
}
