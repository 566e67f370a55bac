package se.reorgledger.integrity.export;

import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.integrity.chain.VerificationScope;

/**
 * The last line of an export: the ledger's head in the same snapshot as the lines before it, which positions the
 * export covers and the chain hash before the first. With it an export says by itself whether it is whole: a
 * line cut off the end, or one added past the head, shows.
 */
public record ExportTrailer(LedgerDigest head, long from, long to, String chainBefore) {

    public VerificationScope scope() {
        return new VerificationScope(from, to, chainBefore, head);
    }
}
