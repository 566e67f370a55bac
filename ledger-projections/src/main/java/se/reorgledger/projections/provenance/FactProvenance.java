package se.reorgledger.projections.provenance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.index.UnitAt;

/**
 * The provenance of the units, chef roles and holders of a snapshot, keyed by their ids. A holder's provenance
 * is that of the appointment (or leaving) that made the role's holding what it is on the date.
 */
public record FactProvenance(Map<String, Provenance> units, Map<String, Provenance> chefRoles,
                             Map<String, Provenance> holders) {

    public static FactProvenance of(SnapshotAt snapshot) {
        // The same maps as of(snapshot, snapshot.units()), walking the snapshot's units with their timelines
        // instead of looking each unit and chef role up by id. A snapshot holds each unit once and each chef role
        // under its one unit, so the ids are distinct and the maps can be held in arrays (OrderedById).
        Provenances provenances = new Provenances(snapshot);
        List<UnitAt> inForce = snapshot.sortedUnitsAt();
        OrderedById.Builder<Provenance> units = new OrderedById.Builder<>(inForce.size());
        OrderedById.Builder<Provenance> chefRoles = new OrderedById.Builder<>(inForce.size());
        OrderedById.Builder<Provenance> holders = new OrderedById.Builder<>(inForce.size());
        for (UnitAt at : inForce) {
            units.add(at.unit().id(), provenances.of(at.timeline()));
            List<ChefRoleState> roles = snapshot.chefRoles(at);
            List<EntityTimeline<ChefRoleState>> timelines = at.chefRoleTimelines();
            for (int i = 0; i < roles.size(); i++) {
                ChefRoleState role = roles.get(i);
                EntityTimeline<ChefRoleState> timeline = timelines.get(i);
                chefRoles.add(role.id(), provenances.of(timeline));
                if (!role.isVacant()) {
                    holders.add(role.id(), provenances.holding(timeline));
                }
            }
        }
        return new FactProvenance(units.build(), chefRoles.build(), holders.build());
    }

    /** The provenance of one unit, its chef roles and their holders. */
    public static FactProvenance ofUnit(SnapshotAt snapshot, String unitId) {
        return of(snapshot, snapshot.unit(unitId).stream().toList());
    }

    /** Looks each unit and chef role up by id: for one unit, and as the reference {@link #of} is checked against. */
    static FactProvenance of(SnapshotAt snapshot, Collection<UnitState> inForce) {
        Provenances provenances = new Provenances(snapshot);
        // Sized for a tree of thousands of units, so that the maps are not rehashed as they fill.
        int capacity = inForce.size() * 4 / 3 + 1;
        Map<String, Provenance> units = new LinkedHashMap<>(capacity);
        Map<String, Provenance> chefRoles = new LinkedHashMap<>(capacity);
        Map<String, Provenance> holders = new LinkedHashMap<>(capacity);
        for (UnitState unit : inForce) {
            units.put(unit.id(), provenances.of(snapshot.index().unit(unit.id())));
            for (ChefRoleState role : snapshot.chefRoles(unit.id())) {
                ChefRoleProvenance provenance = ChefRoleProvenance.of(provenances,
                        snapshot.index().chefRole(role.id()), role);
                chefRoles.put(role.id(), provenance.role());
                if (provenance.holder() != null) {
                    holders.put(role.id(), provenance.holder());
                }
            }
        }
        return new FactProvenance(units, chefRoles, holders);
    }
}
