package se.reorgledger.core.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An uppdrag that carries out part of a reorganisation: who owns and leads it, who works in it, its tidplan,
 * and the decisions that have carried it out so far.
 */
public record AssignmentState(
        String id,
        String title,
        String owner,
        String leader,
        List<String> group,
        List<TimetableEntry> timetable,
        LocalDate givenOn,
        String givenBy,
        List<String> carriedOutBy) {

    public AssignmentState {
        group = List.copyOf(group);
        timetable = List.copyOf(timetable);
        carriedOutBy = List.copyOf(carriedOutBy);
    }

    public AssignmentState carriedOutBy(String decisionId) {
        List<String> decisions = new ArrayList<>(carriedOutBy);
        decisions.add(decisionId);
        return new AssignmentState(id, title, owner, leader, group, timetable, givenOn, givenBy, decisions);
    }
}
