package se.reorgledger.integrity.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of an RFC 6962 Merkle tree (as Certificate Transparency uses): a leaf is SHA-256(0x00 || data), an
 * inner node SHA-256(0x01 || left || right). The prefixes keep a leaf from ever passing for a node.
 */
public final class MerkleHashing {

    public static final int HASH_LENGTH = 32;
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;
    /**
     * One digest per thread: a running root hashes a node for every leaf, and looking the algorithm up for each
     * was a visible share of verifying an export. Reset before use, so that a call that failed half way (a null
     * argument) cannot leave bytes behind for the next.
     */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(MerkleHashing::sha256);

    private MerkleHashing() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        digest.update(LEAF);
        digest.update(data);
        return digest.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        digest.update(NODE);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The root of the tree of no leaves: the hash of nothing. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** For n of 2 or more: the size of the left subtree, the largest power of two below n. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
