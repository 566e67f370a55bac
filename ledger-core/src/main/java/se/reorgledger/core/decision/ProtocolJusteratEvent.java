package se.reorgledger.core.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The protocol holding the decision was justerat (approved by the chair and the justerare) on a date. */
@Revision("1")
public record ProtocolJusteratEvent(String organisationId, String decisionId, LocalDate justeratOn)
        implements DecisionLifecycleEvent {

    @Override
    public LocalDate happenedOn() {
        return justeratOn;
    }
}
