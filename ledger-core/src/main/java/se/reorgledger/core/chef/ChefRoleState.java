package se.reorgledger.core.chef;

import java.time.LocalDate;

/**
 * A chef role (kontorschef, avdelningschef...) attached to a unit, and who holds it. The role is a position of
 * its own: it can exist vacant, and it ends when the decision abolishes it, not when its holder leaves.
 * {@code everHeld} tells a vacancy (a holder left) from a role whose holder was never recorded.
 */
public record ChefRoleState(
        String id,
        String unitId,
        String title,
        LocalDate establishedOn,
        LocalDate endedOn,
        String holderId,
        boolean everHeld) {

    /** A role nobody was ever recorded to hold: "no holder recorded", not "vacant". */
    public boolean neverHeld() {
        return !everHeld;
    }

    public boolean isEnded() {
        return endedOn != null;
    }

    public boolean isVacant() {
        return holderId == null;
    }

    public ChefRoleState withHolder(String personId) {
        return new ChefRoleState(id, unitId, title, establishedOn, endedOn, personId, everHeld || personId != null);
    }

    /** An ended role has no holder: abolishing the position ends its holding too. */
    public ChefRoleState ended(LocalDate on) {
        return new ChefRoleState(id, unitId, title, establishedOn, on, null, everHeld);
    }
}
