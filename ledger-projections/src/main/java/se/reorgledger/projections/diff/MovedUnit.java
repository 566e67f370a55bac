package se.reorgledger.projections.diff;

import se.reorgledger.projections.structure.UnitRef;

/** A unit under another parent on the later date; each parent named as of its own date. */
public record MovedUnit(String id, String name, UnitRef fromParent, UnitRef toParent, Cause cause) {
}
