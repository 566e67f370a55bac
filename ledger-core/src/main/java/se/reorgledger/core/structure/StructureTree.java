package se.reorgledger.core.structure;

import java.util.List;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.unit.UnitState;

/** Builds the organisation tree of a snapshot, from the kommun down. */
public final class StructureTree {

    private StructureTree() {
    }

    public static UnitNode of(OrganisationSnapshot snapshot) {
        UnitState root = snapshot.unit(snapshot.rootId())
                .orElseThrow(() -> new IllegalStateException("the kommun itself always exists"));
        return node(snapshot, root);
    }

    public static UnitNode node(OrganisationSnapshot snapshot, UnitState unit) {
        List<UnitNode> children = SwedishOrder.sorted(snapshot.children(unit.id())).stream()
                .map(child -> node(snapshot, child))
                .toList();
        return new UnitNode(unit.id(), unit.name(), unit.kind(), unit.authority(), chefRoles(snapshot, unit.id()),
                children);
    }

    public static List<ChefRoleNode> chefRoles(OrganisationSnapshot snapshot, String unitId) {
        return SwedishOrder.sorted(snapshot.chefRoles(unitId), ChefRoleState::title, ChefRoleState::id).stream()
                .map(role -> new ChefRoleNode(role.id(), role.title(), holder(snapshot, role)))
                .toList();
    }

    private static PersonRef holder(OrganisationSnapshot snapshot, ChefRoleState role) {
        return role.isVacant() ? null : new PersonRef(role.holderId(), snapshot.personName(role.holderId()));
    }
}
