package se.reorgledger.integrity.chain;

import java.util.Arrays;

/**
 * The chain arithmetic every path that chains takes (the walk, the hashes computed ahead of it, the intact runs of
 * an export), on the formula of {@link EntryHashing#chainHash(byte[], byte[])}. It survives tampered records: a
 * hash that is not 64 hex digits simply matches nothing.
 */
public final class ChainHashes {

    /** The last link computed on this thread: a walk asks for the same link twice (recomputed and as stored). */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[3]);

    private ChainHashes() {
    }

    /** The chain hash after {@code previous} and {@code entryHash}, or null when either is no hash at all. */
    static String next(String previous, String entryHash) {
        if (previous == null || entryHash == null || previous.length() != 64 || entryHash.length() != 64) {
            return null;
        }
        String[] last = LAST.get();
        if (previous.equals(last[0]) && entryHash.equals(last[1])) {
            return last[2];
        }
        try {
            String next = EntryHashing.chainHash(previous, entryHash);
            last[0] = previous;
            last[1] = entryHash;
            last[2] = next;
            return next;
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    /**
     * As {@link #next(String, String)}, taking the result from {@code known} (which may be null) when it was
     * computed for these two hashes, and remembering it as the last link, since the walk asks for it again.
     */
    static String next(String previous, String entryHash, ChainStep known) {
        if (known == null || known.next() == null || !known.isFor(previous, entryHash)) {
            return next(previous, entryHash);
        }
        String[] last = LAST.get();
        last[0] = previous;
        last[1] = entryHash;
        last[2] = known.next();
        return known.next();
    }

    /** Whether {@code chainHash} is the chain hash after {@code previous} and {@code entryHash}. */
    static boolean follows(String previous, String entryHash, String chainHash) {
        String expected = next(previous, entryHash);
        return expected != null && expected.equals(chainHash);
    }

    /** Whether {@code chainHash} is the chain hash after {@code previous} and {@code entryHash}, all as bytes. */
    public static boolean follows(byte[] previous, byte[] entryHash, byte[] chainHash) {
        return Arrays.equals(EntryHashing.chainHash(previous, entryHash), chainHash);
    }

    /**
     * What {@link #next(String, String)} gives for {@code previous} and {@code entryHash}, from their bytes when a
     * reader parsed them already (else null, then from the strings); the stated {@code chainHash} (as text and
     * bytes, either may be null) is given back itself when it is that hash.
     */
    static String next(String previous, byte[] previousBytes, String entryHash, byte[] entryHashBytes,
                       String chainHash, byte[] chainHashBytes) {
        if (previousBytes == null || entryHashBytes == null) {
            return next(previous, entryHash);
        }
        byte[] next = EntryHashing.chainHash(previousBytes, entryHashBytes);
        return Arrays.equals(next, chainHashBytes) ? chainHash : Hex.format(next);
    }

    public static boolean isHash(String hex) {
        if (hex == null || hex.length() != 64) {
            return false;
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
