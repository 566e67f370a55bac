package se.reorgledger.core.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.OrganisationEvent;

/**
 * A decision that changes the organisation: which organ took it, when, under which paragraph and diarienummer.
 * {@code illustrative} marks a decision whose particulars the sources do not state and the ledger filled in.
 */
@Revision("1")
public record DecisionRecordedEvent(
        String organisationId,
        String decisionId,
        String organ,
        LocalDate decidedOn,
        String paragraph,
        String caseNumber,
        String title,
        boolean illustrative) implements OrganisationEvent {

    public Decision decision() {
        return new Decision(decisionId, organ, decidedOn, paragraph, caseNumber, title, illustrative);
    }
}
