package se.reorgledger.projections.history;

import java.time.LocalDate;
import se.reorgledger.core.decision.Decision;

/** A decision as every view cites it: organ, date, §, diarienummer and title. */
public record DecisionRef(String id, String organ, LocalDate decidedOn, String paragraph, String caseNumber,
                          String title, boolean illustrative) {

    public static DecisionRef of(Decision decision) {
        return new DecisionRef(decision.id(), decision.organ(), decision.decidedOn(), decision.paragraph(),
                decision.caseNumber(), decision.title(), decision.illustrative());
    }
}
