package se.reorgledger.projections.diff;

import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.projections.structure.UnitRef;

/**
 * A chef role held by someone else on the later date; a null holder is a vacancy. A role ended between the dates
 * while held is listed too ({@code roleEnded}), its holder on the earlier date leaving with it.
 */
public record Appointment(String chefRoleId, String title, UnitRef unit, PersonRef from, PersonRef to,
                          boolean roleEnded, Cause cause) {
}
