package se.reorgledger.integrity.merkle;

import java.util.List;

/**
 * The proof that the ledger of {@code fromSize} events with {@code fromRoot} is the first part of the ledger of
 * {@code toSize} events with {@code toRoot}: nothing published earlier was changed since (format
 * reorg-ledger-consistency-proof/1, see docs/ledger-integrity.md). Hashes are hex.
 */
public record ConsistencyProof(
        String format,
        long fromSize,
        long toSize,
        String fromRoot,
        String toRoot,
        List<String> proof) {

    public static final String FORMAT = "reorg-ledger-consistency-proof/1";
}
