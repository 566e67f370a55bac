package se.reorgledger.core.structure;

import java.util.List;
import se.reorgledger.core.unit.UnitKind;

/** A unit in the organisation tree of one date, with its chef roles and its children in name order. */
public record UnitNode(String id, String name, UnitKind kind, boolean authority, List<ChefRoleNode> chefRoles,
                       List<UnitNode> children) {

    public int size() {
        return 1 + children.stream().mapToInt(UnitNode::size).sum();
    }
}
