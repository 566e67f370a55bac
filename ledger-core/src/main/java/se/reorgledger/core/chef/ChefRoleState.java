package se.reorgledger.core.chef;

import java.time.LocalDate;

/**
 * A chef role (kontorschef, avdelningschef...) attached to a unit, and who holds it. The role is a position of
 * its own: it can exist vacant, and it ends when the decision abolishes it, not when its holder leaves.
 */
public record ChefRoleState(
        String id,
        String unitId,
        String title,
        LocalDate establishedOn,
        LocalDate endedOn,
        String holderId) {

    public boolean isEnded() {
        return endedOn != null;
    }

    public boolean isVacant() {
        return holderId == null;
    }

    public ChefRoleState withHolder(String personId) {
        return new ChefRoleState(id, unitId, title, establishedOn, endedOn, personId);
    }

    /** An ended role has no holder: abolishing the position ends its holding too. */
    public ChefRoleState ended(LocalDate on) {
        return new ChefRoleState(id, unitId, title, establishedOn, on, null);
    }
}
