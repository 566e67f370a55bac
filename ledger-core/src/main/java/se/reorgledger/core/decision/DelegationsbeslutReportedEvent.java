package se.reorgledger.core.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A delegationsbeslut was reported (anmält) to the nämnd on a date, under a § of that nämnd's protocol when
 * known. {@code committeeId} names the registered nämnd, so the nämnd's side lists what was reported to it.
 */
@Revision("1")
public record DelegationsbeslutReportedEvent(String organisationId, String decisionId, LocalDate reportedOn,
                                             String committeeId, String paragraph)
        implements DecisionLifecycleEvent {

    @Override
    public LocalDate happenedOn() {
        return reportedOn;
    }
}
