package se.reorgledger.api.readmodel;

import java.time.Instant;

/**
 * An event the read models could not apply: where it is in the ledger, what it is, what went wrong, since when
 * and how often it has been retried. The read models stop before it rather than skip it.
 */
public record ReadSideFailure(long position, String eventId, String eventType, String error, Instant since,
                              long attempts) {

    ReadSideFailure retried() {
        return new ReadSideFailure(position, eventId, eventType, error, since, attempts + 1);
    }
}
