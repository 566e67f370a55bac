package se.reorgledger.core.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A later decision revoked (upphävde) this one from a date; that decision's own package undoes its changes. */
@Revision("1")
public record DecisionRevokedEvent(String organisationId, String decisionId, LocalDate revokedOn,
                                   String revokingDecisionId) implements DecisionLifecycleEvent {

    @Override
    public LocalDate happenedOn() {
        return revokedOn;
    }
}
