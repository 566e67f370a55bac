package se.reorgledger.projections.decisions;

import java.time.Instant;

/**
 * One stored event of a decision: its recording, a change, a correction or a step of its life. {@code what} is
 * {@code decisionRecorded}, the change or correction type (as in a change view) or the lifecycle step's name;
 * {@code changeId} names the change or correction, else null; {@code globalIndex} is its row in the event table.
 */
public record DecisionEvent(String what, String changeId, String eventId, long globalIndex, Instant recordedAt) {
}
