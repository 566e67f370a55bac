package se.reorgledger.core.assignment;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.Establishment;

/** A decision gives an uppdrag: its owner (projektägare), leader (uppdragsledare), group and tidplan. */
@Revision("1")
public record AssignmentGivenEvent(
        String organisationId,
        String assignmentId,
        String title,
        String owner,
        String leader,
        List<String> group,
        List<TimetableEntry> timetable,
        LocalDate effectiveDate,
        String decisionId,
        String changeId) implements AssignmentChangeEvent, Establishment {

    public AssignmentGivenEvent {
        group = group == null ? List.of() : List.copyOf(group);
        timetable = timetable == null ? List.of() : List.copyOf(timetable);
    }

    @Override
    public AssignmentState applyTo(AssignmentState prior, LocalDate on) {
        return new AssignmentState(assignmentId, title, owner, leader, group, timetable, on, decisionId,
                List.of());
    }

    @Override
    public String establishedId() {
        return assignmentId;
    }
}
