package se.reorgledger.projections.diff;

import se.reorgledger.core.unit.UnitKind;

/** A unit of another kind on the later date (an avdelning become a kontor...), named as of the later date. */
public record KindChange(String id, String name, UnitKind from, UnitKind to, Cause cause) {
}
