package se.reorgledger.core.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit as it stands after every change up to some date. {@code establishedOn} is null only for the kommun
 * itself, which exists on every date; {@code dissolvedOn} is the first date on which the unit no longer exists.
 */
public record UnitState(
        String id,
        String name,
        UnitKind kind,
        String parentId,
        boolean authority,
        LocalDate establishedOn,
        LocalDate dissolvedOn,
        List<String> successorIds) {

    public UnitState {
        successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
    }

    public static UnitState root(String organisationId, String name) {
        return new UnitState(organisationId, name, UnitKind.kommun, null, false, null, null, List.of());
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public boolean isDissolved() {
        return dissolvedOn != null;
    }

    public UnitState withName(String newName) {
        return new UnitState(id, newName, kind, parentId, authority, establishedOn, dissolvedOn, successorIds);
    }

    public UnitState withParent(String newParentId) {
        return new UnitState(id, name, kind, newParentId, authority, establishedOn, dissolvedOn, successorIds);
    }

    public UnitState withKind(UnitKind newKind) {
        return new UnitState(id, name, newKind, parentId, authority, establishedOn, dissolvedOn, successorIds);
    }

    public UnitState withAuthority(boolean newAuthority) {
        return new UnitState(id, name, kind, parentId, newAuthority, establishedOn, dissolvedOn, successorIds);
    }

    public UnitState dissolved(LocalDate on, List<String> successors) {
        return new UnitState(id, name, kind, parentId, authority, establishedOn, on, successors);
    }
}
