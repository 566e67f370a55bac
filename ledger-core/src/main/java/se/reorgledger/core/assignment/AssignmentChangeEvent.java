package se.reorgledger.core.assignment;

import se.reorgledger.core.change.DatedChangeEvent;

/** A change that touches one uppdrag and nothing else. */
public interface AssignmentChangeEvent extends DatedChangeEvent {

    String assignmentId();

    /** The uppdrag after this change; {@code prior} is null only for the change that gives it. */
    AssignmentState applyTo(AssignmentState prior);
}
