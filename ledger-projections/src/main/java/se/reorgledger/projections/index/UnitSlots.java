package se.reorgledger.projections.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.unit.UnitState;

/**
 * Every unit the organisation ever had, each at a place (slot) of its own, with the days on which it may be in
 * force and the chef roles ever established in it. A snapshot reads the days of thousands of units from two
 * arrays instead of visiting each unit's timeline, keeps the units it finds in an array by slot instead of a
 * map by id, and finds a unit's chef roles without a lookup. Worked out once per state of the index (a
 * {@link OrganisationIndex#derivedPerState} answer: gone with the next event applied, kept however many per-epoch
 * answers come and go), never checkpointed.
 */
final class UnitSlots {

    private static final Key KEY = new Key();

    /** The one question this answers about an index, whatever the epoch. */
    private record Key() {
    }

    private final EntityTimeline<UnitState>[] timelines;
    private final int[] inForceFrom;
    private final int[] inForceTo;
    private final List<EntityTimeline<ChefRoleState>>[] chefRoles;
    private final Map<String, Integer> slots;

    @SuppressWarnings("unchecked")
    private UnitSlots(OrganisationIndex index) {
        Collection<EntityTimeline<UnitState>> units = index.units();
        int count = units.size();
        this.timelines = new EntityTimeline[count];
        this.inForceFrom = new int[count];
        this.inForceTo = new int[count];
        this.chefRoles = new List[count];
        this.slots = new HashMap<>(count * 4 / 3 + 1);
        int slot = 0;
        for (EntityTimeline<UnitState> timeline : units) {
            timelines[slot] = timeline;
            inForceFrom[slot] = timeline.versions().inForceFrom();
            inForceTo[slot] = timeline.versions().inForceTo();
            chefRoles[slot] = index.chefRolesEstablishedIn(timeline.id());
            slots.put(timeline.id(), slot);
            slot++;
        }
    }

    static UnitSlots of(OrganisationIndex index) {
        return index.derivedPerState(KEY, () -> new UnitSlots(index));
    }

    int count() {
        return timelines.length;
    }

    /** {@link VersionTable#mayBeInForceOn} of the unit at {@code slot}. */
    boolean mayBeInForceOn(int slot, int day) {
        return inForceFrom[slot] <= day && day < inForceTo[slot];
    }

    EntityTimeline<UnitState> timeline(int slot) {
        return timelines[slot];
    }

    List<EntityTimeline<ChefRoleState>> chefRolesEstablishedIn(int slot) {
        return chefRoles[slot];
    }

    /** The unit's slot, -1 for an id the organisation never had. */
    int slotOf(String unitId) {
        Integer slot = slots.get(unitId);
        return slot == null ? -1 : slot;
    }
}
