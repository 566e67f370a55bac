package se.reorgledger.api.store;

import java.time.Instant;

/** The newest link of the hash chain: how many events the ledger holds and the hash that commits to all. */
public record LedgerHead(long position, long globalIndex, String chainHash, Instant recordedAt) {
}
