package se.reorgledger.api.store;

import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;

/**
 * Recognises a unique-key violation by its SQLSTATE (23505, the same on PostgreSQL and H2), so that two
 * commands appending the same aggregate sequence surface as Axon's concurrency conflict, not a storage error.
 * Axon's own resolver does the work, looking through the causes; this names the state once for the service and
 * the benchmarks.
 */
public class DuplicateKeyResolver extends SQLStateResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    public DuplicateKeyResolver() {
        super(UNIQUE_VIOLATION);
    }
}
