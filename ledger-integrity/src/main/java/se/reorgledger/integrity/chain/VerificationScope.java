package se.reorgledger.integrity.chain;

/**
 * Which part of the ledger a verification covers and what it starts from: positions {@code from} to {@code to},
 * the chain hash before {@code from}, and the head the ledger states (null when unknown). The whole ledger is
 * from 1, after the genesis hash, to the head's position.
 */
public record VerificationScope(long from, long to, String chainBefore, LedgerDigest head) {

    public static VerificationScope wholeLedger(LedgerDigest head) {
        return new VerificationScope(1, head.position(), EntryHashing.GENESIS, head);
    }

    /** A ledger of unknown length, such as an export without its closing head line. */
    public static VerificationScope unbounded() {
        return new VerificationScope(1, Long.MAX_VALUE, EntryHashing.GENESIS, null);
    }

    public boolean reachesTheHead() {
        return head != null && to == head.position();
    }
}
