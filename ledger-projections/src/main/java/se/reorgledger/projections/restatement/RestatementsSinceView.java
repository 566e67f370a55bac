package se.reorgledger.projections.restatement;

import java.time.Instant;
import java.util.List;

/**
 * Every change recorded after {@code since} (up to {@code knownTo}) that took effect before the day it was
 * recorded, and every correction recorded then, in ledger order, each with the dates whose answers it altered.
 */
public record RestatementsSinceView(String organisation, Instant since, Instant knownTo,
                                    List<Restatement> restatements) {
}
