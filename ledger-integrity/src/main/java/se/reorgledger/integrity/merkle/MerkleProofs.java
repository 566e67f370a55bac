package se.reorgledger.integrity.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * Checks inclusion and consistency proofs with nothing but the hashes, as RFC 9162 (sections 2.1.3.2 and
 * 2.1.4.2) describes: what an auditor runs without the ledger.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    /** Whether {@code path} proves the leaf at {@code leafIndex} part of the tree of {@code treeSize} with {@code root}. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
                                          byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize || !isHash(leafHash) || !isHash(root)
                || !path.stream().allMatch(MerkleProofs::isHash)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashing.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashing.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Whether {@code proof} shows the tree of {@code fromSize} with {@code fromRoot} a prefix of the later one.
     * The empty tree is a prefix of every tree, so a proof from size 0 would prove nothing about either root: it is
     * refused, as are roots and proof hashes that are not hashes.
     */
    public static boolean verifyConsistency(long fromSize, long toSize, byte[] fromRoot, byte[] toRoot,
                                            List<byte[]> proof) {
        if (fromSize < 1 || fromSize > toSize || !isHash(fromRoot) || !isHash(toRoot)
                || !proof.stream().allMatch(MerkleProofs::isHash)) {
            return false;
        }
        if (fromSize == toSize) {
            return proof.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        int next = 0;
        byte[] first;
        if (Long.bitCount(fromSize) == 1) {
            first = fromRoot;
        } else {
            first = proof.get(next++);
        }
        long fn = fromSize - 1;
        long sn = toSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = first;
        byte[] sr = first;
        for (; next < proof.size(); next++) {
            byte[] c = proof.get(next);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashing.nodeHash(c, fr);
                sr = MerkleHashing.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashing.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == MerkleHashing.HASH_LENGTH;
    }
}
