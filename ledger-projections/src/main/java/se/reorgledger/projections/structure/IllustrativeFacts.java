package se.reorgledger.projections.structure;

import java.util.HashSet;
import java.util.Set;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.SnapshotAt;

/**
 * The units and chef roles of a snapshot that stand, in part, on an illustrative decision: one of the standing
 * changes in force on the date (its establishment, a move, a rename, an appointment) was made by a decision
 * marked illustrative, so the fact is filled in, not stated by a source.
 */
public record IllustrativeFacts(Set<String> units, Set<String> chefRoles) {

    public static IllustrativeFacts of(SnapshotAt snapshot) {
        OrganisationIndex index = snapshot.index();
        int epoch = snapshot.epoch();
        int day = Days.of(snapshot.asOf());
        Set<String> units = new HashSet<>();
        Set<String> chefRoles = new HashSet<>();
        for (UnitState unit : snapshot.unitsUnordered()) {
            if (restsOnIllustrative(index, index.unit(unit.id()), epoch, day)) {
                units.add(unit.id());
            }
            for (ChefRoleState role : snapshot.chefRoles(unit.id())) {
                if (restsOnIllustrative(index, index.chefRole(role.id()), epoch, day)) {
                    chefRoles.add(role.id());
                }
            }
        }
        return new IllustrativeFacts(Set.copyOf(units), Set.copyOf(chefRoles));
    }

    private static boolean restsOnIllustrative(OrganisationIndex index, EntityTimeline<?> timeline, int epoch,
                                               int day) {
        if (timeline == null) {
            return false;
        }
        for (ChangeEntry entry : timeline.entries()) {
            if (entry.knownAt(epoch) && !entry.annulledAt(epoch) && entry.effectiveDayAt(epoch) <= day) {
                DecisionEntry decision = index.decision(entry.event().decisionId());
                if (decision != null && decision.decision().illustrative()) {
                    return true;
                }
            }
        }
        return false;
    }
}
