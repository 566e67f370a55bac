package se.reorgledger.projections.trail;

import java.time.Instant;
import java.util.List;

/**
 * The decisions that shaped a unit, oldest first, through its lineage: {@code lineage} is the unit and every
 * unit that was dissolved with it (or with one of them) among its successors.
 */
public record DecisionTrailView(String organisation, String unitId, Instant knownAt, List<String> lineage,
                                List<TrailDecision> decisions) {
}
