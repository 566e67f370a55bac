package se.reorgledger.projections.history;

import java.time.LocalDate;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionKind;

/**
 * A decision as every view cites it: organ, date, §, diarienummer and title; its kind; and for a
 * delegationsbeslut the delegate and the point of the delegationsordning, when recorded.
 */
public record DecisionRef(String id, String organ, LocalDate decidedOn, String paragraph, String caseNumber,
                          String title, boolean illustrative, DecisionKind kind, String delegate,
                          String delegationPoint) {

    public DecisionRef {
        kind = kind == null ? DecisionKind.beslut : kind;
    }

    /** A {@link DecisionKind#beslut} of its organ. */
    public DecisionRef(String id, String organ, LocalDate decidedOn, String paragraph, String caseNumber,
                       String title, boolean illustrative) {
        this(id, organ, decidedOn, paragraph, caseNumber, title, illustrative, DecisionKind.beslut, null, null);
    }

    public static DecisionRef of(Decision decision) {
        return new DecisionRef(decision.id(), decision.organ(), decision.decidedOn(), decision.paragraph(),
                decision.caseNumber(), decision.title(), decision.illustrative(), decision.kind(), decision.delegate(),
                decision.delegationPoint());
    }
}
