package se.reorgledger.core.assignment;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record CarryOutAssignment(String assignmentId, LocalDate effectiveDate) implements Change {

    public CarryOutAssignment {
        Require.id("assignmentId", assignmentId);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public AssignmentCarriedOutEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new AssignmentCarriedOutEvent(organisationId, assignmentId, effectiveDate, decisionId, changeId);
    }
}
