package se.reorgledger.core.assignment;

import java.time.LocalDate;
import se.reorgledger.core.change.DatedChangeEvent;

/** A change that touches one uppdrag and nothing else. */
public interface AssignmentChangeEvent extends DatedChangeEvent {

    String assignmentId();

    /**
     * The uppdrag after this change; {@code prior} is null only for the change that gives it.
     * {@code on} is the date the change takes effect as currently known: a correction may have moved it
     * from the event's own {@code effectiveDate}, and the state must say when things began and ended.
     */
    AssignmentState applyTo(AssignmentState prior, LocalDate on);
}
