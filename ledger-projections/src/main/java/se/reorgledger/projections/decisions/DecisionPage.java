package se.reorgledger.projections.decisions;

import java.util.List;

/** One page of the decisions listed, and where the next begins (null on the last page). */
public record DecisionPage(List<DecisionSummary> decisions, DecisionCursor next) {
}
