package se.reorgledger.integrity.chain;

/**
 * A digest the auditor trusts because it was published or written down earlier: a chain hash, at a known
 * position or not, and optionally the Merkle root over the first {@code treeSize} events.
 */
public record TrustedDigest(Long position, String chainHash, Long treeSize, String merkleRoot) {

    public static TrustedDigest chainHash(String chainHash) {
        return new TrustedDigest(null, chainHash, null, null);
    }

    public static TrustedDigest of(LedgerDigest digest) {
        return new TrustedDigest(digest.position(), digest.chainHash(), digest.treeSize(), digest.merkleRoot());
    }
}
