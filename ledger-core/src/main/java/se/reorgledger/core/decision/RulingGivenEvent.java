package se.reorgledger.core.decision;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The court ruled on the appeal. A ruling that quashes the decision names the changes it annuls; the ledger
 * records an annulment of each, with the ruling as its reason, right after this event.
 */
@Revision("1")
public record RulingGivenEvent(String organisationId, String decisionId, LocalDate ruledOn, String court,
                               String courtCaseNumber, RulingOutcome outcome, List<String> annulledChangeIds)
        implements DecisionLifecycleEvent {

    public RulingGivenEvent {
        annulledChangeIds = List.copyOf(annulledChangeIds);
    }

    @Override
    public LocalDate happenedOn() {
        return ruledOn;
    }
}
