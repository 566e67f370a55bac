package se.reorgledger.integrity.chain;

/** One link of the hash chain, as the ledger_chain table or an export holds it. */
public record ChainLink(long position, long globalIndex, String entryHash, String chainHash) {
}
