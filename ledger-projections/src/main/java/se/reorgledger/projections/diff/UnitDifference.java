package se.reorgledger.projections.diff;

import java.util.List;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.structure.UnitRef;

/**
 * A unit that came into being or ceased, named as of the date on which it existed, with its parent then; a
 * dissolved unit with the successors its dissolution names, as of the later date (none for an established one).
 */
public record UnitDifference(String id, String name, UnitKind kind, UnitRef parent, List<UnitRef> successors,
                             Cause cause) {
}
