package se.reorgledger.projections.decisions;

import java.time.LocalDate;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionStatus;

/**
 * Which decisions to list, and which page: every criterion is optional (null: any). {@code effectiveFrom} and
 * {@code effectiveTo} keep decisions with a change in force taking effect in that range; {@code kind} keeps those
 * of one kind; {@code after} is the {@link DecisionCursor} of the last decision of the previous page.
 */
public record DecisionQuery(String organ, LocalDate decidedFrom, LocalDate decidedTo, LocalDate effectiveFrom,
                            LocalDate effectiveTo, String caseNumber, DecisionStatus status, Boolean illustrative,
                            DecisionKind kind, DecisionCursor after, int limit) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public DecisionQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** Of any kind. */
    public DecisionQuery(String organ, LocalDate decidedFrom, LocalDate decidedTo, LocalDate effectiveFrom,
                         LocalDate effectiveTo, String caseNumber, DecisionStatus status, Boolean illustrative,
                         DecisionCursor after, int limit) {
        this(organ, decidedFrom, decidedTo, effectiveFrom, effectiveTo, caseNumber, status, illustrative, null, after,
                limit);
    }

    public static DecisionQuery all() {
        return new DecisionQuery(null, null, null, null, null, null, null, null, null, null, UNLIMITED);
    }
}
