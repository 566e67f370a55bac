package se.reorgledger.projections.diff;

import se.reorgledger.projections.structure.UnitRef;

/**
 * A kontor (or förvaltning) that serves a nämnd on the later date and did not on the earlier one
 * ({@code started}), or the reverse; a nämnd dissolved ends every service to it.
 */
public record ServiceDifference(String committeeId, String committee, UnitRef unit, boolean started, Cause cause) {
}
