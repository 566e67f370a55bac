package se.reorgledger.projections.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
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

    /** The chef roles of a unit in force, its holders named without a lookup by id. */
    private List<ChefRoleNode> chefRoles(UnitAt at) {
        return chefRoles(snapshot.chefRoles(at), role -> snapshot.holderName(at, role));
    }

    /** The unit's chef roles in title order, each with its holder as the register names them. */
    public static List<ChefRoleNode> chefRoles(SnapshotAt snapshot, String unitId) {
        List<ChefRoleState> roles = snapshot.chefRoles(unitId);
        return new OrderedTree(snapshot).chefRoles(roles, role -> snapshot.personName(roles.get(role).holderId()));
    }

    /**
     * The roles as nodes in title order, each holder named by {@code holderNames} (asked by the role's place in
     * {@code roles}, only for a role that has a holder).
     */
    private List<ChefRoleNode> chefRoles(List<ChefRoleState> roles, IntFunction<String> holderNames) {
        if (roles.isEmpty()) {
            return List.of();
        }
        if (roles.size() == 1) {
            // Most units have one chef role: nothing to sort.
            return List.of(node(roles.get(0), 0, holderNames));
        }
        List<ChefRoleNode> nodes = new ArrayList<>(roles.size());
        for (int i = 0; i < roles.size(); i++) {
            nodes.add(node(roles.get(i), i, holderNames));
        }
        keys.sort(nodes, ChefRoleNode::title, ChefRoleNode::id);
        return List.copyOf(nodes);
    }

    private static ChefRoleNode node(ChefRoleState role, int place, IntFunction<String> holderNames) {
        PersonRef holder = role.isVacant() ? null : new PersonRef(role.holderId(), holderNames.apply(place));
        return new ChefRoleNode(role.id(), role.title(), holder);
    }
}
