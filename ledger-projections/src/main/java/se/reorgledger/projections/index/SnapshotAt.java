package se.reorgledger.projections.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.structure.OrganisationSnapshot;
import se.reorgledger.core.unit.UnitState;

/**
 * The organisation on one date as known at one epoch, read from the entities' versions: one lookup per unit,
 * chef role and nämnd, no replay. It answers the core's snapshot questions, so the core's tree and guidelines
 * run on it unchanged.
 */
public final class SnapshotAt implements OrganisationSnapshot {

    private final OrganisationIndex index;
    private final LocalDate asOf;
    private final int epoch;
    private final int day;
    // Each unit in force at its slot, with its timeline: a read of the tree then walks units, children, chef roles
    // and their timelines without looking any of them up by id again.
    private final UnitSlots slots;
    private final UnitAt[] bySlot;
    private final int inForceCount;
    private List<UnitState> inForce;
    // Placed once, from the units in Swedish order: each parent's children come out in that order, unsorted.
    private List<UnitAt> sortedUnitsAt;
    private List<UnitState> sortedUnits;
    // Units whose parent is not in force on the date, by that parent's id: no tree reaches them, but the core's
    // snapshot questions may ask for them.
    private Map<String, List<UnitState>> childrenOfAbsent;
    private Map<String, List<UnitState>> childStates;
    private List<CommitteeState> committees;

    public SnapshotAt(OrganisationIndex index, LocalDate asOf, int epoch) {
        this.index = index;
        this.asOf = asOf;
        this.epoch = epoch;
        this.day = Days.of(asOf);
        this.slots = UnitSlots.of(index);
        this.bySlot = new UnitAt[slots.count()];
        int found = 0;
        for (int slot = 0; slot < bySlot.length; slot++) {
            if (slots.mayBeInForceOn(slot, day)) {
                int place = slots.unitVersion(slot, day, epoch);
                UnitState unit = place < 0 ? null : slots.unitAt(place);
                if (unit != null && !unit.isDissolved()) {
                    bySlot[slot] = new UnitAt(unit, slots.timeline(slot), slot, place);
                    found++;
                }
            }
        }
        this.inForceCount = found;
    }

    /** The units in force in slot order, in a list of their number: most of a large organisation's are not. */
    private List<UnitAt> unitsAt() {
        List<UnitAt> units = new ArrayList<>(inForceCount);
        for (UnitAt at : bySlot) {
            if (at != null) {
                units.add(at);
            }
        }
        return units;
    }

    /**
     * The units in force in Swedish order through the ranks of {@link UnitSlots#order}: the order of
     * {@link SortKeys#sort}, without a collation key compared. Null if a unit's name has no rank.
     */
    private List<UnitAt> sortedByRank() {
        UnitSlots.UnitOrder order = slots.order();
        List<UnitAt> sorted = sortedBy(order);
        if (sorted == null) {
            // Ranked in an earlier state, before one of these units or names: rank again, once per state.
            UnitSlots.UnitOrder renewed = slots.renewedOrder(order);
            sorted = renewed == null ? null : sortedBy(renewed);
        }
        return sorted;
    }

    /** The units in force in the order's ranks; null if one of them has no rank in it. */
    private List<UnitAt> sortedBy(UnitSlots.UnitOrder order) {
        long[] keys = new long[inForceCount];
        int placed = 0;
        for (UnitAt at : bySlot) {
            if (at != null) {
                long key = order.sortKey(at.unit().name(), at.slot());
                if (key < 0) {
                    return null;
                }
                keys[placed++] = key;
            }
        }
        Arrays.sort(keys);
        UnitAt[] sorted = new UnitAt[placed];
        for (int i = 0; i < placed; i++) {
            sorted[i] = bySlot[order.slotOf(keys[i])];
        }
        return Arrays.asList(sorted);
    }

    /** The unit in force with this id, null when there is none on the date. */
    private UnitAt at(String unitId) {
        int slot = slots.slotOf(unitId);
        return slot < 0 ? null : bySlot[slot];
    }

    public OrganisationIndex index() {
        return index;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int epoch() {
        return epoch;
    }

    @Override
    public String rootId() {
        return index.id();
    }

    @Override
    public Optional<UnitState> unit(String unitId) {
        UnitAt at = at(unitId);
        return at == null ? Optional.empty() : Optional.of(at.unit());
    }

    /** The tree from the kommun down: each unit's children in Swedish order, as {@link #children} gives them. */
    public UnitAt tree() {
        sortedUnitsAt();
        UnitAt root = at(rootId());
        if (root == null) {
            throw new NoSuchElementException("no kommun " + rootId() + " on " + asOf);
        }
        return root;
    }

    /**
     * The units in Swedish order (the collator's order, through cached keys), so that the core's guidelines, which
     * sort again with the collator, find them sorted and compare each pair once.
     */
    @Override
    public Collection<UnitState> units() {
        if (sortedUnits == null) {
            List<UnitAt> sorted = sortedUnitsAt();
            List<UnitState> states = new ArrayList<>(sorted.size());
            for (UnitAt at : sorted) {
                states.add(at.unit());
            }
            sortedUnits = states;
        }
        return sortedUnits;
    }

    /**
     * The units in force in Swedish order, each with its timeline, sorted when first asked for. Sorting them all
     * once places every unit among its parent's children in that same order, so no list of children is sorted.
     */
    public List<UnitAt> sortedUnitsAt() {
        if (sortedUnitsAt == null) {
            List<UnitAt> sorted = sortedByRank();
            if (sorted == null) {
                sorted = unitsAt();
                index.sortKeys().sort(sorted, at -> at.unit().name(), at -> at.unit().id());
            }
            Map<String, List<UnitState>> absent = new HashMap<>();
            for (UnitAt at : sorted) {
                UnitState unit = at.unit();
                if (unit.isRoot()) {
                    continue;
                }
                int parentSlot = slots.parentSlot(at.place());
                UnitAt parent = parentSlot < 0 ? null : bySlot[parentSlot];
                if (parent != null) {
                    parent.addChild(at);
                } else {
                    absent.computeIfAbsent(unit.parentId(), id -> new ArrayList<>(4)).add(unit);
                }
            }
            childrenOfAbsent = absent;
            sortedUnitsAt = sorted;
        }
        return sortedUnitsAt;
    }

    /** The units in no particular order, for callers that do not need the order. */
    public Collection<UnitState> unitsUnordered() {
        if (inForce == null) {
            List<UnitState> states = new ArrayList<>(inForceCount);
            for (UnitAt at : unitsAt()) {
                states.add(at.unit());
            }
            inForce = states;
        }
        return inForce;
    }

    /** The unit's children in Swedish order, sorted when first asked for. */
    @Override
    public List<UnitState> children(String unitId) {
        sortedUnitsAt();
        UnitAt at = at(unitId);
        if (at == null) {
            return childrenOfAbsent.getOrDefault(unitId, List.of());
        }
        if (at.children().isEmpty()) {
            return List.of();
        }
        if (childStates == null) {
            childStates = new HashMap<>();
        }
        List<UnitState> states = childStates.get(unitId);
        if (states == null) {
            states = new ArrayList<>(at.children().size());
            for (UnitAt child : at.children()) {
                states.add(child.unit());
            }
            childStates.put(unitId, states);
        }
        return states;
    }

    /**
     * The unit's chef roles on the date, looked up among the roles ever established in it, in the order they were
     * established; the same unmodifiable list each time it is asked for.
     */
    @Override
    public List<ChefRoleState> chefRoles(String unitId) {
        UnitAt at = at(unitId);
        if (at != null) {
            return chefRoles(at);
        }
        int slot = slots.slotOf(unitId);
        return slot >= 0 ? findChefRoles(slot, unitId, null)
                : findChefRoles(unitId, index.chefRolesEstablishedIn(unitId));
    }

    /** {@link #chefRoles(String)} of a unit in force; their timelines are then {@link UnitAt#chefRoleTimelines}. */
    public List<ChefRoleState> chefRoles(UnitAt at) {
        List<ChefRoleState> known = at.chefRolesOrNull();
        if (known == null) {
            known = findChefRoles(at.slot(), at.unit().id(), at);
        }
        return known;
    }

    /**
     * The name of the holder of a unit's chef role {@code role} (its place in {@link #chefRoles(UnitAt)}), as the
     * register held it at this snapshot's epoch: {@link #personName} of its holder, without the lookup by id.
     */
    public String holderName(UnitAt at, int role) {
        return slots.holderName(at.chefRolePlace(role), epoch);
    }

    /**
     * The roles ever established in the unit at {@code slot} that are in it on the date, read from the slots'
     * copy of their versions. Most units have one chef role and many none: a unit without one costs no
     * allocation, one with a single role two small immutable lists, and only a unit with several sizes lists to
     * the roles found.
     */
    private List<ChefRoleState> findChefRoles(int slot, String unitId, UnitAt at) {
        int firstRole = slots.firstRole(slot);
        int count = slots.endRole(slot) - firstRole;
        ChefRoleState first = null;
        int firstFound = -1;
        int firstVersion = -1;
        ChefRoleState[] roles = null;
        EntityTimeline<?>[] timelines = null;
        int[] places = null;
        int found = 0;
        for (int i = 0; i < count; i++) {
            int place = slots.roleVersion(firstRole + i, day, epoch);
            ChefRoleState role = place < 0 ? null : slots.roleAt(place);
            if (role == null || role.isEnded() || !role.unitId().equals(unitId)) {
                continue;
            }
            if (found == 0) {
                first = role;
                firstFound = firstRole + i;
                firstVersion = place;
            } else {
                if (roles == null) {
                    roles = new ChefRoleState[count];
                    timelines = new EntityTimeline<?>[count];
                    places = new int[count];
                    roles[0] = first;
                    timelines[0] = slots.roleTimeline(firstFound);
                    places[0] = firstVersion;
                }
                roles[found] = role;
                timelines[found] = slots.roleTimeline(firstRole + i);
                places[found] = place;
            }
            found++;
        }
        List<ChefRoleState> roleList;
        List<EntityTimeline<ChefRoleState>> timelineList;
        if (found == 0) {
            roleList = List.of();
            timelineList = List.of();
        } else if (found == 1) {
            roleList = List.of(first);
            timelineList = List.of(slots.roleTimeline(firstFound));
        } else {
            roleList = listOf(roles, found);
            timelineList = listOf(timelines, found);
        }
        if (at != null) {
            at.found(roleList, timelineList, firstVersion, places);
        }
        return roleList;
    }

    /** The roles of a unit no slot holds, looked up in their tables. */
    private List<ChefRoleState> findChefRoles(String unitId, List<EntityTimeline<ChefRoleState>> established) {
        List<ChefRoleState> roles = new ArrayList<>();
        for (EntityTimeline<ChefRoleState> timeline : established) {
            ChefRoleState role = timeline.versions().atWhenMaybeInForce(day, epoch);
            if (role != null && !role.isEnded() && role.unitId().equals(unitId)) {
                roles.add(role);
            }
        }
        return Collections.unmodifiableList(roles);
    }

    /** The first {@code size} of {@code items}, unmodifiable; the array is copied only when it is longer. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> listOf(Object[] items, int size) {
        Object[] exact = size == items.length ? items : Arrays.copyOf(items, size, items.getClass());
        return Collections.unmodifiableList(Arrays.asList((T[]) exact));
    }

    @Override
    public Collection<CommitteeState> committees() {
        if (committees == null) {
            List<CommitteeState> found = new ArrayList<>();
            for (EntityTimeline<CommitteeState> timeline : index.committees()) {
                CommitteeState committee = timeline.versions().atWhenMaybeInForce(day, epoch);
                if (committee != null && !committee.isDissolved()) {
                    found.add(committee);
                }
            }
            committees = found;
        }
        return committees;
    }

    @Override
    public String personName(String personId) {
        return index.persons().nameAt(personId, epoch);
    }
}
