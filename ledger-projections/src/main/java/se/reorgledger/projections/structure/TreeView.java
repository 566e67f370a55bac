package se.reorgledger.projections.structure;

import java.util.HashSet;
import java.util.Set;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.ChefRoleProvenance;
import se.reorgledger.projections.provenance.Provenances;

/**
 * The organisation tree on a date as a page draws it: the tree, the units and chef roles that rest on an
 * illustrative decision, and the chef roles whose holder does ({@code illustrativeHolders}, by role id). It is
 * the structure read without the decisions behind each fact, which a page of the whole tree never shows and
 * which cost as much to gather as the tree itself.
 */
public record TreeView(UnitNode root, IllustrativeFacts illustrative, Set<String> illustrativeHolders) {

    public static TreeView of(SnapshotAt snapshot) {
        Provenances provenances = new Provenances(snapshot);
        Set<String> holders = new HashSet<>();
        for (UnitState unit : snapshot.unitsUnordered()) {
            for (ChefRoleState role : snapshot.chefRoles(unit.id())) {
                if (!role.isVacant() && ChefRoleProvenance.holder(provenances, snapshot.index().chefRole(role.id()), role)
                        .illustrative()) {
                    holders.add(role.id());
                }
            }
        }
        return new TreeView(OrderedTree.of(snapshot), IllustrativeFacts.of(snapshot), Set.copyOf(holders));
    }
}
