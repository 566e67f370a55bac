package se.reorgledger.integrity.chain;

import java.time.Instant;

/**
 * The digest of the ledger at one moment: how many events it held, the chain hash of the last and the Merkle
 * root over all their entry hashes. What an auditor writes down or publishes, and later checks an export or a
 * proof against (format in docs/ledger-integrity.md).
 */
public record LedgerDigest(
        long position,
        long globalIndex,
        String chainHash,
        Instant recordedAt,
        long treeSize,
        String merkleRoot) {
}
