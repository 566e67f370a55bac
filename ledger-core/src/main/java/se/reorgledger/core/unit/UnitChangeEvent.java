package se.reorgledger.core.unit;

import java.time.LocalDate;
import se.reorgledger.core.change.DatedChangeEvent;

/**
 * A change that touches one unit and nothing else, so that a unit's state on any date follows from its own
 * events alone. Read models rely on this to keep one timeline per unit.
 */
public interface UnitChangeEvent extends DatedChangeEvent {

    String unitId();

    /**
     * The unit after this change; {@code prior} is null only for the change that establishes it.
     * {@code on} is the date the change takes effect as currently known: a correction may have moved it
     * from the event's own {@code effectiveDate}, and the state must say when things began and ended.
     */
    UnitState applyTo(UnitState prior, LocalDate on);
}
