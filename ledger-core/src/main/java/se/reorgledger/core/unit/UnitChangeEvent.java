package se.reorgledger.core.unit;

import se.reorgledger.core.change.DatedChangeEvent;

/**
 * A change that touches one unit and nothing else, so that a unit's state on any date follows from its own
 * events alone. Read models rely on this to keep one timeline per unit.
 */
public interface UnitChangeEvent extends DatedChangeEvent {

    String unitId();

    /** The unit after this change; {@code prior} is null only for the change that establishes it. */
    UnitState applyTo(UnitState prior);
}
