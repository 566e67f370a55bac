package se.reorgledger.core.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The anslag that the protocol is justerat was posted on the kommun's anslagstavla; the appeal period runs
 * from this day (see {@link AppealPeriod}, which is computed, not stored, so a reader always sees the rule).
 */
@Revision("1")
public record AnslagPostedEvent(String organisationId, String decisionId, LocalDate postedOn)
        implements DecisionLifecycleEvent {

    @Override
    public LocalDate happenedOn() {
        return postedOn;
    }
}
