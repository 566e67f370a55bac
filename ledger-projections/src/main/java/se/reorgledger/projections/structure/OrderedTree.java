package se.reorgledger.projections.structure;

import java.util.ArrayList;
import java.util.List;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.index.SortKeys;
import se.reorgledger.projections.index.UnitAt;

/**
 * The same tree as the core's {@code StructureTree}, in the same Swedish order, sorted with cached collation keys
 * instead of a collator call per comparison: sorting thousands of units is then no longer the cost of a query.
 */
public final class OrderedTree {

    private final SnapshotAt snapshot;
    private final SortKeys keys;

    private OrderedTree(SnapshotAt snapshot) {
        this.snapshot = snapshot;
        this.keys = snapshot.index().sortKeys();
    }

    public static UnitNode of(SnapshotAt snapshot) {
        OrderedTree tree = new OrderedTree(snapshot);
        return tree.node(snapshot.tree());
    }

    /** The snapshot places children already in Swedish order. */
    private UnitNode node(UnitAt at) {
        List<UnitAt> children = at.children();
        // Most units of a tree are leaves or have one child: no array for them. Children stay in the JDK's own
        // immutable lists, the kinds the JSON writer already meets, so that its loops over lists stay inlined.
        List<UnitNode> childNodes;
        if (children.isEmpty()) {
            childNodes = List.of();
        } else if (children.size() == 1) {
            childNodes = List.of(node(children.get(0)));
        } else {
            UnitNode[] nodes = new UnitNode[children.size()];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = node(children.get(i));
            }
            childNodes = List.of(nodes);
        }
        UnitState unit = at.unit();
        return new UnitNode(unit.id(), unit.name(), unit.kind(), unit.authority(), chefRoles(at), childNodes);
    }

    /** {@link #chefRoles(List)} of a unit in force, its holders named without a lookup by id. */
    private List<ChefRoleNode> chefRoles(UnitAt at) {
        List<ChefRoleState> roles = snapshot.chefRoles(at);
        if (roles.isEmpty()) {
            return List.of();
        }
        if (roles.size() == 1) {
            return List.of(node(roles.get(0), snapshot.holderName(at, 0)));
        }
        List<ChefRoleNode> nodes = new ArrayList<>(roles.size());
        for (int i = 0; i < roles.size(); i++) {
            nodes.add(node(roles.get(i), snapshot.holderName(at, i)));
        }
        keys.sort(nodes, ChefRoleNode::title, ChefRoleNode::id);
        return List.copyOf(nodes);
    }

    /** The unit's chef roles in title order, each with its holder as the register names them. */
    public static List<ChefRoleNode> chefRoles(SnapshotAt snapshot, String unitId) {
        return new OrderedTree(snapshot).chefRoles(unitId);
    }

    private List<ChefRoleNode> chefRoles(String unitId) {
        return chefRoles(snapshot.chefRoles(unitId));
    }

    private List<ChefRoleNode> chefRoles(List<ChefRoleState> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        if (roles.size() == 1) {
            // Most units have one chef role: nothing to sort.
            return List.of(node(roles.get(0)));
        }
        List<ChefRoleState> sorted = new ArrayList<>(roles);
        keys.sort(sorted, ChefRoleState::title, ChefRoleState::id);
        List<ChefRoleNode> nodes = new ArrayList<>(sorted.size());
        for (ChefRoleState role : sorted) {
            nodes.add(node(role));
        }
        return List.copyOf(nodes);
    }

    private ChefRoleNode node(ChefRoleState role) {
        return node(role, role.isVacant() ? null : snapshot.personName(role.holderId()));
    }

    private static ChefRoleNode node(ChefRoleState role, String holderName) {
        PersonRef holder = role.isVacant() ? null : new PersonRef(role.holderId(), holderName);
        return new ChefRoleNode(role.id(), role.title(), holder);
    }
}
