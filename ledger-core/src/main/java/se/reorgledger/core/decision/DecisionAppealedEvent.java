package se.reorgledger.core.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The decision was appealed to a court (laglighetsprövning), which registered the appeal under a case number. */
@Revision("1")
public record DecisionAppealedEvent(String organisationId, String decisionId, LocalDate appealedOn, String court,
                                    String courtCaseNumber) implements DecisionLifecycleEvent {

    @Override
    public LocalDate happenedOn() {
        return appealedOn;
    }
}
