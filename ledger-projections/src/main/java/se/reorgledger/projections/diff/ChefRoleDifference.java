package se.reorgledger.projections.diff;

import se.reorgledger.projections.structure.UnitRef;

/** A chef role established or ended between the two dates, with the unit it belongs to. */
public record ChefRoleDifference(String id, String title, UnitRef unit, Cause cause) {
}
