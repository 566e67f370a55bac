package se.reorgledger.api.integrity;

import java.util.HexFormat;

/** Chain arithmetic that survives tampered records: a hash that is not 64 hex digits simply matches nothing. */
final class ChainHashes {

    private ChainHashes() {
    }

    /** The chain hash after {@code previous} and {@code entryHash}, or null when either is no hash at all. */
    static String next(String previous, String entryHash) {
        return isHash(previous) && isHash(entryHash) ? EntryHashing.chainHash(previous, entryHash) : null;
    }

    /** Whether {@code chainHash} is the chain hash after {@code previous} and {@code entryHash}. */
    static boolean follows(String previous, String entryHash, String chainHash) {
        String expected = next(previous, entryHash);
        return expected != null && expected.equals(chainHash);
    }

    static boolean isHash(String hex) {
        if (hex == null || hex.length() != 64) {
            return false;
        }
        for (int i = 0; i < hex.length(); i++) {
            if (!HexFormat.isHexDigit(hex.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
