package se.reorgledger.projections.assignments;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.assignment.TimetableEntry;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.provenance.Provenance;

/**
 * An uppdrag as known at a time: who owns and leads it, who works in it, its tidplan as the decision gave it,
 * the decision that gave it and those that have carried it out up to the date asked about; {@code provenance}:
 * those decisions and the corrections of their dates, illustrative when one of them is.
 */
public record AssignmentView(String id, String title, String owner, String leader, List<String> group,
                             List<TimetableEntry> timetable, LocalDate givenOn, DecisionRef givenBy,
                             List<DecisionRef> carriedOutBy, Provenance provenance) {
}
