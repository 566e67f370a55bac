package se.reorgledger.projections.decisions;

import java.time.Instant;
import java.time.LocalDate;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.projections.history.DecisionRef;

/**
 * A decision in the list of decisions: who recorded it when, how many changes and corrections it made, its
 * status and the day it gained laga kraft (null while it has not) as known at the moment asked about.
 */
public record DecisionSummary(DecisionRef decision, Instant recordedAt, String recordedBy, int changes,
                              int corrections, DecisionStatus status, LocalDate lagaKraftFrom) {
}
