package se.reorgledger.projections.people;

import java.time.LocalDate;
import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.provenance.Provenance;
import se.reorgledger.projections.structure.UnitRef;

/**
 * A chef role a person held: from the day they took it up until the day they left it or it ended (null while
 * they hold it), with the change and decision of each end; the unit is named as of the first day.
 * {@code provenance}: the decisions of both ends and of their corrections, illustrative when one of them is.
 */
public record PostView(String chefRoleId, String title, UnitRef unit, LocalDate from, LocalDate until,
                       Cause appointedBy, Cause endedBy, Provenance provenance) {
}
