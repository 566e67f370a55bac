package se.reorgledger.integrity.merkle;

import java.util.List;

/**
 * The proof that one event is in the ledger whose tree of {@code treeSize} events has {@code merkleRoot}: the
 * file an auditor keeps (format reorg-ledger-inclusion-proof/1, see docs/ledger-integrity.md). Hashes are hex.
 * The leaf is SHA-256(0x00 || entryHash bytes); {@code leafIndex} is {@code position - 1}.
 */
public record InclusionProof(
        String format,
        long position,
        long leafIndex,
        long treeSize,
        String entryHash,
        String leafHash,
        List<String> auditPath,
        String merkleRoot) {

    public static final String FORMAT = "reorg-ledger-inclusion-proof/1";
}
