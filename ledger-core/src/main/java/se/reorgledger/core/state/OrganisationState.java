package se.reorgledger.core.state;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.reorgledger.core.assignment.AssignmentChangeEvent;
import se.reorgledger.core.assignment.AssignmentState;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefRoleChangeEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeChangeEvent;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.cooperation.CooperationChangeEvent;
import se.reorgledger.core.cooperation.CooperationState;
import se.reorgledger.core.structure.OrganisationSnapshot;
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.core.unit.UnitState;

/**
 * The organisation folded up to some date: every unit, chef role and nämnd that has been established so far,
 * including those since dissolved or ended, with the indexes the rules need. Changes must be applied in
 * {@link ChangePhase#EFFECTIVE_ORDER}; checking them first is the caller's business.
 */
public final class OrganisationState implements OrganisationSnapshot {

    private final String rootId;
    private final Function<String, String> personNames;
    private final Map<String, UnitState> units;
    private final Map<String, ChefRoleState> chefRoles;
    private final Map<String, CommitteeState> committees = new HashMap<>();
    private final Map<String, AssignmentState> assignments = new HashMap<>();
    private final Map<String, CooperationState> cooperations = new HashMap<>();
    private final Map<String, Set<String>> livingChildren;
    private final Map<String, Set<String>> activeRolesByUnit;
    private final Map<String, Set<String>> servedCommitteesByUnit = new HashMap<>();

    public OrganisationState(UnitState root, Function<String, String> personNames) {
        this(root, personNames, 0);
    }

    /**
     * @param changes how many changes will be applied, so that the indexes are made large enough at once rather
     *                than grown again and again while a long timeline is folded
     */
    public OrganisationState(UnitState root, Function<String, String> personNames, int changes) {
        this(root.id(), personNames, changes);
        units.put(root.id(), root);
    }

    private OrganisationState(String rootId, Function<String, String> personNames, int changes) {
        this.rootId = rootId;
        this.personNames = personNames;
        // At most one unit, chef role and parent per change, however they are shared out.
        this.units = new HashMap<>(capacityFor(changes + 1));
        this.chefRoles = new HashMap<>(capacityFor(changes));
        this.livingChildren = new HashMap<>(capacityFor(changes + 1));
        this.activeRolesByUnit = new HashMap<>(capacityFor(changes));
    }

    private static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    /**
     * This organisation as it stands now, to keep while this one goes on changing: the states themselves are
     * immutable, so only the maps are copied. {@code names} answers for the person register from now on.
     */
    public OrganisationState copy(Function<String, String> names) {
        OrganisationState copy = new OrganisationState(rootId, names, units.size() + chefRoles.size());
        copy.units.putAll(units);
        copy.chefRoles.putAll(chefRoles);
        copy.committees.putAll(committees);
        copy.assignments.putAll(assignments);
        copy.cooperations.putAll(cooperations);
        copyEach(livingChildren, copy.livingChildren);
        copyEach(activeRolesByUnit, copy.activeRolesByUnit);
        copyEach(servedCommitteesByUnit, copy.servedCommitteesByUnit);
        return copy;
    }

    private static void copyEach(Map<String, Set<String>> from, Map<String, Set<String>> to) {
        from.forEach((key, values) -> to.put(key, new LinkedHashSet<>(values)));
    }

    /** Applies a change taking effect on {@code on}: its own effective date, or the date a correction gave it. */
    public void apply(DatedChangeEvent event, LocalDate on) {
        if (event instanceof UnitChangeEvent change) {
            applyUnit(change, on);
        } else if (event instanceof ChefRoleChangeEvent change) {
            applyChefRole(change, on);
        } else if (event instanceof CommitteeChangeEvent change) {
            applyCommittee(change, on);
        } else if (event instanceof AssignmentChangeEvent change) {
            assignments.put(change.assignmentId(), change.applyTo(assignments.get(change.assignmentId()), on));
        } else if (event instanceof CooperationChangeEvent change) {
            CooperationState after = change.applyTo(cooperations.get(change.cooperationId()), on);
            if (after != null) {
                cooperations.put(change.cooperationId(), after);
            }
        } else {
            throw new IllegalArgumentException("not a change to the organisation: " + event.getClass().getName());
        }
    }

    private void applyUnit(UnitChangeEvent change, LocalDate on) {
        UnitState before = units.get(change.unitId());
        UnitState after = change.applyTo(before, on);
        units.put(after.id(), after);
        if (before != null && !before.isDissolved()) {
            childrenOf(before.parentId()).remove(before.id());
        }
        if (!after.isDissolved() && !after.isRoot()) {
            childrenOf(after.parentId()).add(after.id());
        }
    }

    private void applyChefRole(ChefRoleChangeEvent change, LocalDate on) {
        ChefRoleState after = change.applyTo(chefRoles.get(change.chefRoleId()), on);
        chefRoles.put(after.id(), after);
        Set<String> onUnit = activeRolesByUnit.computeIfAbsent(after.unitId(), id -> new LinkedHashSet<>());
        if (after.isEnded()) {
            onUnit.remove(after.id());
        } else {
            onUnit.add(after.id());
        }
    }

    private void applyCommittee(CommitteeChangeEvent change, LocalDate on) {
        CommitteeState before = committees.get(change.committeeId());
        CommitteeState after = change.applyTo(before, on);
        committees.put(after.id(), after);
        if (before != null) {
            before.servingUnitIds().forEach(unit -> servedBy(unit).remove(before.id()));
        }
        after.servingUnitIds().forEach(unit -> servedBy(unit).add(after.id()));
    }

    private Set<String> childrenOf(String unitId) {
        return livingChildren.computeIfAbsent(unitId, id -> new LinkedHashSet<>());
    }

    private Set<String> servedBy(String unitId) {
        return servedCommitteesByUnit.computeIfAbsent(unitId, id -> new LinkedHashSet<>());
    }

    /** The unit if it has been established, whether or not it still exists. */
    public Optional<UnitState> everEstablishedUnit(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    public Optional<ChefRoleState> everEstablishedChefRole(String chefRoleId) {
        return Optional.ofNullable(chefRoles.get(chefRoleId));
    }

    public Optional<CommitteeState> everRegisteredCommittee(String committeeId) {
        return Optional.ofNullable(committees.get(committeeId));
    }

    public Optional<AssignmentState> assignment(String assignmentId) {
        return Optional.ofNullable(assignments.get(assignmentId));
    }

    /** The cooperation if the kommun has joined it, whether or not it has left it since. */
    public Optional<CooperationState> everJoinedCooperation(String cooperationId) {
        return Optional.ofNullable(cooperations.get(cooperationId));
    }

    public Set<String> committeesServedBy(String unitId) {
        return servedCommitteesByUnit.getOrDefault(unitId, Set.of());
    }

    @Override
    public String rootId() {
        return rootId;
    }

    @Override
    public Optional<UnitState> unit(String unitId) {
        return everEstablishedUnit(unitId).filter(unit -> !unit.isDissolved());
    }

    @Override
    public Collection<UnitState> units() {
        return units.values().stream().filter(unit -> !unit.isDissolved()).toList();
    }

    @Override
    public List<UnitState> children(String unitId) {
        return livingChildren.getOrDefault(unitId, Set.of()).stream().map(units::get).toList();
    }

    @Override
    public List<ChefRoleState> chefRoles(String unitId) {
        return activeRolesByUnit.getOrDefault(unitId, Set.of()).stream().map(chefRoles::get).toList();
    }

    @Override
    public Collection<CommitteeState> committees() {
        return committees.values().stream().filter(committee -> !committee.isDissolved()).toList();
    }

    @Override
    public String personName(String personId) {
        return personNames.apply(personId);
    }
}
