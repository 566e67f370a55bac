package se.reorgledger.integrity.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree as RFC 6962 defines it, over any number of leaves. It keeps the hash of every
 * complete, aligned subtree (about two hashes per leaf), so the root of any earlier size, an audit path and a
 * consistency proof each cost O(log n) hashes and no database read. Not thread-safe.
 */
public final class MerkleTree {

    /** levels.get(k) holds the hashes of the complete subtrees of 2^k leaves, left to right. */
    private final List<HashArray> levels = new ArrayList<>();

    public long size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    public void appendLeaf(byte[] data) {
        appendLeafHash(MerkleHashing.leafHash(data));
    }

    public void appendLeafHash(byte[] leafHash) {
        byte[] hash = leafHash;
        long index = size();
        for (int level = 0; ; level++) {
            if (levels.size() == level) {
                levels.add(new HashArray());
            }
            levels.get(level).add(hash);
            if ((index & 1) == 0) {
                return;
            }
            hash = MerkleHashing.nodeHash(levels.get(level).get(index - 1), hash);
            index >>= 1;
        }
    }

    public byte[] leafHash(long index) {
        return levels.get(0).get(index);
    }

    /** The root of the tree as it was when it held its first {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        requireSize(treeSize);
        return treeSize == 0 ? MerkleHashing.emptyRoot() : hash(0, treeSize);
    }

    /** The audit path of one leaf in the tree of {@code treeSize} leaves, the leaf's sibling first. */
    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        requireSize(treeSize);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, treeSize, path);
        return path;
    }

    /** The proof that the tree of {@code fromSize} leaves is a prefix of the tree of {@code toSize}. */
    public List<byte[]> consistencyProof(long fromSize, long toSize) {
        requireSize(toSize);
        if (fromSize < 1 || fromSize > toSize) {
            throw new IllegalArgumentException("no consistency proof from " + fromSize + " to " + toSize);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(fromSize, 0, toSize, true, proof);
        return proof;
    }

    /** MTH(D[start : start + n]) of RFC 6962; every left part the recursion meets is a stored subtree. */
    private byte[] hash(long start, long n) {
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return levels.get(Long.numberOfTrailingZeros(n)).get(start / n);
        }
        long k = MerkleHashing.split(n);
        return MerkleHashing.nodeHash(hash(start, k), hash(start + k, n - k));
    }

    private void path(long m, long start, long n, List<byte[]> path) {
        if (n == 1) {
            return;
        }
        long k = MerkleHashing.split(n);
        if (m < k) {
            path(m, start, k, path);
            path.add(hash(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, path);
            path.add(hash(start, k));
        }
    }

    /** SUBPROOF(m, D[start : start + n], b) of RFC 6962. */
    private void subproof(long m, long start, long n, boolean wholeOldTree, List<byte[]> proof) {
        if (m == n) {
            if (!wholeOldTree) {
                proof.add(hash(start, n));
            }
            return;
        }
        long k = MerkleHashing.split(n);
        if (m <= k) {
            subproof(m, start, k, wholeOldTree, proof);
            proof.add(hash(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, proof);
            proof.add(hash(start, k));
        }
    }

    private void requireSize(long treeSize) {
        if (treeSize < 0 || treeSize > size()) {
            throw new IllegalArgumentException("the tree holds " + size() + " leaves, not " + treeSize);
        }
    }
}
