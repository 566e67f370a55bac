package se.reorgledger.core.chef;

import java.time.LocalDate;
import se.reorgledger.core.change.DatedChangeEvent;

/** A change that touches one chef role and nothing else. */
public interface ChefRoleChangeEvent extends DatedChangeEvent {

    String chefRoleId();

    /**
     * The role after this change; {@code prior} is null only for the change that establishes it.
     * {@code on} is the date the change takes effect as currently known: a correction may have moved it
     * from the event's own {@code effectiveDate}, and the state must say when things began and ended.
     */
    ChefRoleState applyTo(ChefRoleState prior, LocalDate on);
}
