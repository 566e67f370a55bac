package se.reorgledger.projections.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final List<UnitState> inForce;
    private final Map<String, List<UnitState>> children;
    private final Map<String, List<UnitState>> sortedChildren;
    // A structure read asks each unit's chef roles twice (the tree, the provenance): looked up once.
    private final Map<String, List<ChefRoleState>> chefRolesByUnit;
    private UnitState root;
    private Map<String, UnitState> units;
    private List<UnitState> sortedUnits;
    private List<CommitteeState> committees;

    public SnapshotAt(OrganisationIndex index, LocalDate asOf, int epoch) {
        this.index = index;
        this.asOf = asOf;
        this.epoch = epoch;
        this.day = Days.of(asOf);
        // Sized for every unit the organisation ever had, so that they never grow while a large tree is read.
        Collection<EntityTimeline<UnitState>> timelines = index.units();
        this.inForce = new ArrayList<>(timelines.size());
        this.children = new HashMap<>(timelines.size());
        this.sortedChildren = new HashMap<>(timelines.size());
        this.chefRolesByUnit = new HashMap<>(timelines.size());
        for (EntityTimeline<UnitState> timeline : timelines) {
            UnitState unit = timeline.versions().atWhenMaybeInForce(day, epoch);
            if (unit != null && !unit.isDissolved()) {
                inForce.add(unit);
                if (unit.isRoot()) {
                    root = unit;
                } else {
                    children.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>(4)).add(unit);
                }
            }
        }
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
        if (root != null && root.id().equals(unitId)) {
            return Optional.of(root);
        }
        return Optional.ofNullable(unitsById().get(unitId));
    }

    /** The units by id, built when first asked for: the tree needs only the root and the children. */
    private Map<String, UnitState> unitsById() {
        if (units == null) {
            Map<String, UnitState> byId = new HashMap<>(inForce.size() * 2);
            inForce.forEach(unit -> byId.put(unit.id(), unit));
            units = byId;
        }
        return units;
    }

    /**
     * The units in Swedish order (the collator's order, through cached keys), so that the core's guidelines, which
     * sort again with the collator, find them sorted and compare each pair once.
     */
    @Override
    public Collection<UnitState> units() {
        if (sortedUnits == null) {
            List<UnitState> sorted = new ArrayList<>(inForce);
            index.sortKeys().sort(sorted, UnitState::name, UnitState::id);
            sortedUnits = sorted;
        }
        return sortedUnits;
    }

    /** The units in no particular order, for callers that do not need the order. */
    public Collection<UnitState> unitsUnordered() {
        return inForce;
    }

    /** The unit's children in Swedish order, sorted when first asked for. */
    @Override
    public List<UnitState> children(String unitId) {
        List<UnitState> sorted = sortedChildren.get(unitId);
        if (sorted == null) {
            List<UnitState> unsorted = children.get(unitId);
            if (unsorted == null) {
                return List.of();
            }
            index.sortKeys().sort(unsorted, UnitState::name, UnitState::id);
            sorted = unsorted;
            sortedChildren.put(unitId, sorted);
        }
        return sorted;
    }


    /**
     * The unit's chef roles on the date, looked up among the roles ever established in it, in the order they were
     * established; the same unmodifiable list each time it is asked for.
     */
    @Override
    public List<ChefRoleState> chefRoles(String unitId) {
        List<ChefRoleState> known = chefRolesByUnit.get(unitId);
        if (known == null) {
            known = findChefRoles(unitId);
            chefRolesByUnit.put(unitId, known);
        }
        return known;
    }

    private List<ChefRoleState> findChefRoles(String unitId) {
        List<EntityTimeline<ChefRoleState>> established = index.chefRolesEstablishedIn(unitId);
        List<ChefRoleState> roles = null;
        for (EntityTimeline<ChefRoleState> timeline : established) {
            ChefRoleState role = timeline.versions().atWhenMaybeInForce(day, epoch);
            if (role != null && !role.isEnded() && role.unitId().equals(unitId)) {
                if (roles == null) {
                    roles = new ArrayList<>(established.size());
                }
                roles.add(role);
            }
        }
        return roles == null ? List.of() : Collections.unmodifiableList(roles);
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
