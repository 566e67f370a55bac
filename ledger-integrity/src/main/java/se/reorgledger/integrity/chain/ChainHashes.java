package se.reorgledger.integrity.chain;

/** Chain arithmetic that survives tampered records: a hash that is not 64 hex digits simply matches nothing. */
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
