package se.reorgledger.projections.diff;

import se.reorgledger.projections.history.DecisionRef;

/** The change that brought a difference about, and its decision; the latest such change between the two dates. */
public record Cause(String changeId, DecisionRef decision) {
}
