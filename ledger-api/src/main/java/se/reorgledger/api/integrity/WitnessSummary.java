package se.reorgledger.api.integrity;

/**
 * What the service checked, at start, of the ledger against the witness it keeps outside the database; reported
 * beside a verification. Implemented where the witness is kept, so that integrity does not depend on it.
 */
@FunctionalInterface
public interface WitnessSummary {

    /** A value written as JSON under {@code witness}. */
    Object report();
}
