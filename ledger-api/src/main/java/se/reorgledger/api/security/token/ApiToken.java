package se.reorgledger.api.security.token;

import java.time.Instant;
import se.reorgledger.api.security.LedgerRole;

/**
 * An API token as the ledger keeps it: never the token itself, only its SHA-256. Issuing and revoking name their
 * principal; a revoked or expired token stays listed and is refused.
 */
record ApiToken(String id, String name, LedgerRole role, byte[] hash, Instant issuedAt, String issuedBy,
                Instant expiresAt, Instant revokedAt, String revokedBy) {

    boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** The principal recorded on everything done with the token: its name, marked as a token's. */
    String principal() {
        return "token:" + name;
    }
}
