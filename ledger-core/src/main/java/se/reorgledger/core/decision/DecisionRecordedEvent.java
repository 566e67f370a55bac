package se.reorgledger.core.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.OrganisationEvent;

/**
 * A decision that changes the organisation: which organ took it, when, under which paragraph and diarienummer.
 * {@code illustrative} marks a decision whose particulars the sources do not state and the ledger filled in.
 * Revision 2 added {@code kind}, {@code delegate} and {@code delegationPoint}; a revision 1 event is read as a
 * {@code beslut} without delegation (see the ledger's upcasters).
 */
@Revision("2")
public record DecisionRecordedEvent(
        String organisationId,
        String decisionId,
        String organ,
        LocalDate decidedOn,
        String paragraph,
        String caseNumber,
        String title,
        boolean illustrative,
        DecisionKind kind,
        String delegate,
        String delegationPoint) implements OrganisationEvent {

    /** A {@link DecisionKind#beslut}, taken by the organ itself. */
    public DecisionRecordedEvent(String organisationId, String decisionId, String organ, LocalDate decidedOn,
                                 String paragraph, String caseNumber, String title, boolean illustrative) {
        this(organisationId, decisionId, organ, decidedOn, paragraph, caseNumber, title, illustrative,
                DecisionKind.beslut, null, null);
    }

    public static DecisionRecordedEvent of(String organisationId, Decision decision) {
        return new DecisionRecordedEvent(organisationId, decision.id(), decision.organ(), decision.decidedOn(),
                decision.paragraph(), decision.caseNumber(), decision.title(), decision.illustrative(),
                decision.kind(), decision.delegate(), decision.delegationPoint());
    }

    public Decision decision() {
        return new Decision(decisionId, organ, decidedOn, paragraph, caseNumber, title, illustrative, kind, delegate,
                delegationPoint);
    }
}
