package se.reorgledger.projections.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.reorgledger.projections.history.DecisionRef;

/**
 * The delegationsbeslut reported (anmälda) to one nämnd, as known at a moment, by the day they were reported:
 * each with its decision (delegate and point of the delegationsordning included), the day, the § of the nämnd's
 * protocol, and who recorded the anmälan when.
 */
public record ReportedDelegationsbeslutView(String organisation, String committeeId, Instant knownAt,
                                            List<Reported> delegationsbeslut) {

    public record Reported(DecisionRef decision, LocalDate reportedOn, String paragraph, Instant recordedAt,
                           String recordedBy) {
    }
}
