package se.reorgledger.projections.assignments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The uppdrag given on or before a date, as known at a time, in the order they were given. */
public record AssignmentsView(String organisation, LocalDate asOf, Instant knownAt, List<AssignmentView> assignments) {
}
