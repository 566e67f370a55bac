package se.reorgledger.projections.diff;

import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.structure.UnitRef;

/** A unit that came into being or ceased, named as of the date on which it existed, with its parent then. */
public record UnitDifference(String id, String name, UnitKind kind, UnitRef parent, Cause cause) {
}
