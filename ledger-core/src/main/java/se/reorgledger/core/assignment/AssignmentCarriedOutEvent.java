package se.reorgledger.core.assignment;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A decision carries out (part of) an uppdrag: the link from an uppdrag to the decisions that realise it. */
@Revision("1")
public record AssignmentCarriedOutEvent(
        String organisationId,
        String assignmentId,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements AssignmentChangeEvent {

    @Override
    public AssignmentState applyTo(AssignmentState prior, LocalDate on) {
        return prior.carriedOutBy(decisionId);
    }
}
