package se.reorgledger.core.assignment;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Establishment;
import se.reorgledger.core.change.Require;

public record GiveAssignment(String assignmentId, String title, String owner, String leader, List<String> group,
                             List<TimetableEntry> timetable, LocalDate effectiveDate) implements Change, Establishment {

    public GiveAssignment {
        Require.id("assignmentId", assignmentId);
        title = Require.text("title", title);
        owner = Require.text("owner", owner);
        leader = Require.text("leader", leader);
        group = group == null ? List.of() : group.stream().map(member -> Require.text("group[]", member)).toList();
        timetable = timetable == null ? List.of() : List.copyOf(timetable);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public AssignmentGivenEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new AssignmentGivenEvent(organisationId, assignmentId, title, owner, leader, group, timetable,
                effectiveDate, decisionId, changeId);
    }

    @Override
    public String establishedId() {
        return assignmentId;
    }
}
