package se.reorgledger.projections.decisions;

import java.time.Instant;

/** A decision in the list of decisions: who recorded it when, and how many changes and corrections it made. */
public record DecisionSummary(DecisionRef decision, Instant recordedAt, String recordedBy, int changes,
                              int corrections) {
}
