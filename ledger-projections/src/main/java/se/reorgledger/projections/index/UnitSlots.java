package se.reorgledger.projections.index;

import java.text.CollationKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
    /** Added to a parent's slot (-1 for none) when kept, so that 0 says "not yet looked up". */
    private static final int PARENT_KNOWN = 2;

    /** The one question this answers about an index, whatever the epoch. */
    private record Key() {
    }

    private final EntityTimeline<UnitState>[] timelines;
    // Every version of every unit, the unit's slot its table; and for each version, the slot of its parent plus
    // PARENT_KNOWN once a read looked it up (0 until then): a snapshot then places each unit under its parent
    // without looking the parent's id up again. Looked up when first read, not here: a state is often read only
    // in part, and looking up tens of thousands of versions' parents would cost the first read after each event
    // more than the lookups it spares. Reads that race write the same number.
    private final FlatVersions<UnitState> unitVersions;
    private final int[] parentSlots;
    // The chef roles ever established in the unit at slot s are the tables rolesFirst[s] up to rolesFirst[s + 1]
    // of roleVersions, and for each version of a role, the names of its holder once a read looked them up (null
    // until then, and for a role without a holder): the register keeps one object of names per person for good.
    private final int[] rolesFirst;
    private final EntityTimeline<ChefRoleState>[] roleTimelines;
    private final FlatVersions<ChefRoleState> roleVersions;
    private final PersonRegister.Names[] holderNames;
    private final Map<String, Integer> slots;
    private final SortKeys sortKeys;
    // Worked out when a snapshot first sorts its units (see order()); a race only works it out twice.
    private volatile UnitOrder order;
    // The order worked out from this state, once one was: a unit it does not rank has no rank at all.
    private volatile UnitOrder workedOutHere;
    private final OrganisationIndex index;

    @SuppressWarnings("unchecked")
    private UnitSlots(OrganisationIndex index) {
        Collection<EntityTimeline<UnitState>> units = index.units();
        int count = units.size();
        this.timelines = new EntityTimeline[count];
        this.rolesFirst = new int[count + 1];
        this.slots = new HashMap<>(count * 4 / 3 + 1);
        this.sortKeys = index.sortKeys();
        this.index = index;
        // The slots and roles first, counting the versions, so that tens of thousands of them are copied once.
        List<EntityTimeline<ChefRoleState>> roles = new ArrayList<>(count);
        int unitVersionCount = 0;
        int roleVersionCount = 0;
        int slot = 0;
        for (EntityTimeline<UnitState> timeline : units) {
            timelines[slot] = timeline;
            slots.put(timeline.id(), slot);
            unitVersionCount += timeline.versions().size();
            for (EntityTimeline<ChefRoleState> role : index.chefRolesEstablishedIn(timeline.id())) {
                roles.add(role);
                roleVersionCount += role.versions().size();
            }
            slot++;
            rolesFirst[slot] = roles.size();
        }
        FlatVersions<UnitState> unitTables = new FlatVersions<>(count, unitVersionCount);
        for (EntityTimeline<UnitState> timeline : timelines) {
            timeline.versions().appendTo(unitTables);
        }
        FlatVersions<ChefRoleState> roleTables = new FlatVersions<>(roles.size(), roleVersionCount);
        for (EntityTimeline<ChefRoleState> role : roles) {
            role.versions().appendTo(roleTables);
        }
        this.unitVersions = unitTables.filled();
        this.roleVersions = roleTables.filled();
        this.roleTimelines = roles.toArray(new EntityTimeline[0]);
        this.parentSlots = new int[unitVersions.size()];
        this.holderNames = new PersonRegister.Names[roleVersions.size()];
    }

    static UnitSlots of(OrganisationIndex index) {
        return index.derivedPerState(KEY, () -> new UnitSlots(index));
    }

    int count() {
        return timelines.length;
    }

    /** {@link VersionTable#mayBeInForceOn} of the unit at {@code slot}. */
    boolean mayBeInForceOn(int slot, int day) {
        return unitVersions.mayBeInForceOn(slot, day);
    }

    /** The place of the unit's version valid on {@code day} as known at {@code epoch} ({@link #unitAt}), or -1. */
    int unitVersion(int slot, int day, int epoch) {
        return unitVersions.at(slot, day, epoch);
    }

    UnitState unitAt(int place) {
        return unitVersions.state(place);
    }

    /** The slot of the parent the unit's version at {@code place} names; -1 for none, or one never a unit. */
    int parentSlot(int place) {
        int known = parentSlots[place];
        if (known == 0) {
            String parentId = unitVersions.state(place).parentId();
            known = (parentId == null ? -1 : slotOf(parentId)) + PARENT_KNOWN;
            parentSlots[place] = known;
        }
        return known - PARENT_KNOWN;
    }

    EntityTimeline<UnitState> timeline(int slot) {
        return timelines[slot];
    }

    /** The chef roles ever established in the unit at {@code slot}: the role tables from this one ... */
    int firstRole(int slot) {
        return rolesFirst[slot];
    }

    /** ... up to this one, exclusive. */
    int endRole(int slot) {
        return rolesFirst[slot + 1];
    }

    EntityTimeline<ChefRoleState> roleTimeline(int role) {
        return roleTimelines[role];
    }

    /** The place of the role's version valid on the day as known at the epoch, or -1 when none may be in force. */
    int roleVersion(int role, int day, int epoch) {
        return roleVersions.mayBeInForceOn(role, day) ? roleVersions.at(role, day, epoch) : -1;
    }

    ChefRoleState roleAt(int place) {
        return roleVersions.state(place);
    }

    /** The name of the holder of the role's version at {@code place} as the register held it at {@code epoch}. */
    String holderName(int place, int epoch) {
        PersonRegister.Names names = holderNames[place];
        if (names == null) {
            String holderId = roleVersions.state(place).holderId();
            names = holderId == null ? null : index.persons().names(holderId);
            if (names == null) {
                return null;
            }
            holderNames[place] = names;
        }
        return names.at(epoch);
    }

    /**
     * The Swedish order of the names and ids the units had, as last worked out: most events add no name and no
     * unit, so the order worked out in an earlier state of the index still ranks every unit of this one, and
     * working it out again (every version of every unit, tens of thousands on a large organisation) would fall on
     * the first read after each event. A unit it does not rank (a new name, a new unit) asks for
     * {@link #renewedOrder}.
     */
    UnitOrder order() {
        UnitOrder known = order;
        if (known == null) {
            known = index.keptUnitOrder();
            if (known == null) {
                known = renewedOrder(null);
            }
            order = known;
        }
        return known;
    }

    /**
     * The order worked out from this state of the index, in place of {@code stale} (which did not rank a unit);
     * null when {@code stale} is already this state's, which then ranks every unit that has a rank at all.
     */
    UnitOrder renewedOrder(UnitOrder stale) {
        if (stale != null && stale == workedOutHere) {
            return null;
        }
        UnitOrder fresh = new UnitOrder(timelines, sortKeys);
        workedOutHere = fresh;
        order = fresh;
        index.keepUnitOrder(fresh);
        return fresh;
    }

    /** The unit's slot, -1 for an id the organisation never had. */
    int slotOf(String unitId) {
        Integer slot = slots.get(unitId);
        return slot == null ? -1 : slot;
    }

    /**
     * The order {@link SortKeys#sort} gives units (name in Swedish order, then id) as two numbers per unit: the rank
     * of its name among every name any unit ever had, names that collate equal sharing a rank, and the rank of its
     * id. A snapshot then sorts its units as longs, without a collation key compared or an object per unit, which is
     * most of what ordering the hundreds of units of a query costs.
     */
    static final class UnitOrder {

        private final Map<String, Integer> nameRanks;
        private final int[] idRankBySlot;
        private final int[] slotByIdRank;

        UnitOrder(EntityTimeline<UnitState>[] timelines, SortKeys keys) {
            Map<String, CollationKey> names = new HashMap<>();
            for (EntityTimeline<UnitState> timeline : timelines) {
                timeline.versions().forEach((validFrom, validTo, knownFrom, knownTo, state) ->
                        names.computeIfAbsent(state.name(), keys::of));
            }
            List<Map.Entry<String, CollationKey>> byName = new ArrayList<>(names.entrySet());
            byName.sort(Map.Entry.comparingByValue());
            this.nameRanks = new HashMap<>(byName.size() * 4 / 3 + 1);
            int rank = -1;
            CollationKey previous = null;
            for (Map.Entry<String, CollationKey> name : byName) {
                if (previous == null || previous.compareTo(name.getValue()) != 0) {
                    rank++;
                    previous = name.getValue();
                }
                nameRanks.put(name.getKey(), rank);
            }
            Integer[] slotsById = new Integer[timelines.length];
            for (int slot = 0; slot < slotsById.length; slot++) {
                slotsById[slot] = slot;
            }
            Arrays.sort(slotsById, Comparator.comparing(slot -> timelines[slot].id()));
            this.idRankBySlot = new int[timelines.length];
            this.slotByIdRank = new int[timelines.length];
            for (int idRank = 0; idRank < slotsById.length; idRank++) {
                idRankBySlot[slotsById[idRank]] = idRank;
                slotByIdRank[idRank] = slotsById[idRank];
            }
        }

        /**
         * A number whose order among the units of one snapshot is theirs in Swedish order; -1 for a name no version
         * held or a unit not ranked when this was worked out (then the caller asks for {@link #renewedOrder}).
         */
        long sortKey(String name, int slot) {
            // A unit added since has a slot past those ranked: the organisation's units are only ever added, each
            // at the next slot, so a slot ranked earlier is the same unit's.
            Integer nameRank = slot < idRankBySlot.length ? nameRanks.get(name) : null;
            return nameRank == null ? -1 : (long) nameRank << 32 | idRankBySlot[slot];
        }

        /** The slot of the unit whose {@link #sortKey} this is. */
        int slotOf(long sortKey) {
            return slotByIdRank[(int) sortKey];
        }
    }
}
