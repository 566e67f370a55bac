package se.reorgledger.projections.diff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.committee.ReglementeVersion;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitRenamedEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.committees.ReglementeInForceFrom;
import se.reorgledger.projections.history.NamesAt;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.index.SortKeys;
import se.reorgledger.projections.structure.UnitRef;

/**
 * Compares the organisation on two dates as known at one time, then attributes each difference to the latest
 * standing change in (from, to] of the entity concerned that could have caused it. Only entities that differ are
 * looked into, so the cost is two snapshots plus the folds of what changed.
 */
public final class OrganisationDiff {

    private final OrganisationIndex index;
    private final int epoch;
    private final LocalDate from;
    private final LocalDate to;
    private final SnapshotAt before;
    private final SnapshotAt after;
    private final Narration narration;
    private final NamesAt names;

    private OrganisationDiff(OrganisationIndex index, int epoch, LocalDate from, LocalDate to) {
        this.index = index;
        this.epoch = epoch;
        this.from = from;
        this.to = to;
        this.before = new SnapshotAt(index, from, epoch);
        this.after = new SnapshotAt(index, to, epoch);
        this.narration = new Narration(index, epoch);
        this.names = narration.names();
    }

    public static DiffView of(OrganisationIndex index, int epoch, LocalDate from, LocalDate to, Instant knownAt) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        OrganisationDiff diff = new OrganisationDiff(index, epoch, from, to);
        return diff.view(knownAt);
    }

    private DiffView view(Instant knownAt) {
        List<UnitDifference> established = new ArrayList<>();
        List<UnitDifference> dissolved = new ArrayList<>();
        List<MovedUnit> moved = new ArrayList<>();
        List<RenamedUnit> renamed = new ArrayList<>();
        for (UnitState now : after.unitsUnordered()) {
            UnitState then = before.unit(now.id()).orElse(null);
            if (then == null) {
                established.add(new UnitDifference(now.id(), now.name(), now.kind(), parent(now, to),
                        unitCause(now.id(), UnitEstablishedEvent.class)));
                continue;
            }
            if (!Objects.equals(then.parentId(), now.parentId())) {
                moved.add(new MovedUnit(now.id(), now.name(), parent(then, from), parent(now, to),
                        unitCause(now.id(), UnitMovedEvent.class)));
            }
            if (!then.name().equals(now.name())) {
                renamed.add(new RenamedUnit(now.id(), then.name(), now.name(),
                        unitCause(now.id(), UnitRenamedEvent.class)));
            }
        }
        for (UnitState then : before.unitsUnordered()) {
            if (after.unit(then.id()).isEmpty()) {
                dissolved.add(new UnitDifference(then.id(), then.name(), then.kind(), parent(then, from),
                        unitCause(then.id(), UnitDissolvedEvent.class)));
            }
        }
        SortKeys keys = index.sortKeys();
        established.sort(byName(keys, UnitDifference::name, UnitDifference::id));
        dissolved.sort(byName(keys, UnitDifference::name, UnitDifference::id));
        moved.sort(byName(keys, MovedUnit::name, MovedUnit::id));
        renamed.sort(byName(keys, RenamedUnit::to, RenamedUnit::id));
        return chefRolesAndCommittees(knownAt, established, dissolved, moved, renamed);
    }

    private DiffView chefRolesAndCommittees(Instant knownAt, List<UnitDifference> established,
                                            List<UnitDifference> dissolved, List<MovedUnit> moved,
                                            List<RenamedUnit> renamed) {
        Map<String, ChefRoleState> rolesBefore = new HashMap<>();
        before.allChefRoles().forEach(role -> rolesBefore.put(role.id(), role));
        List<ChefRoleDifference> rolesEstablished = new ArrayList<>();
        List<ChefRoleDifference> rolesEnded = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        for (ChefRoleState now : after.allChefRoles()) {
            ChefRoleState then = rolesBefore.remove(now.id());
            if (then == null) {
                rolesEstablished.add(new ChefRoleDifference(now.id(), now.title(), unit(now.unitId(), to),
                        roleCause(now.id(), ChefRoleEstablishedEvent.class)));
            }
            String holderBefore = then == null ? null : then.holderId();
            if (!Objects.equals(holderBefore, now.holderId())) {
                appointments.add(new Appointment(now.id(), now.title(), unit(now.unitId(), to), person(holderBefore),
                        person(now.holderId()), roleCause(now.id(), ChefAppointedEvent.class, ChefLeftEvent.class)));
            }
        }
        for (ChefRoleState then : rolesBefore.values()) {
            rolesEnded.add(new ChefRoleDifference(then.id(), then.title(), unit(then.unitId(), from),
                    roleCause(then.id(), ChefRoleEndedEvent.class)));
        }
        SortKeys keys = index.sortKeys();
        Comparator<ChefRoleDifference> roleOrder =
                byName(keys, (ChefRoleDifference role) -> role.unit().name(), ChefRoleDifference::id);
        rolesEstablished.sort(roleOrder);
        rolesEnded.sort(roleOrder);
        appointments.sort(byName(keys, (Appointment appointment) -> appointment.unit().name(),
                Appointment::chefRoleId));
        return new DiffView(index.id(), from, to, knownAt, established, dissolved, moved, renamed, rolesEstablished,
                rolesEnded, appointments, reglementen());
    }

    private List<ReglementeInForce> reglementen() {
        Map<String, CommitteeState> committeesBefore = new HashMap<>();
        before.committees().forEach(committee -> committeesBefore.put(committee.id(), committee));
        List<ReglementeInForce> reglementen = new ArrayList<>();
        for (CommitteeState now : after.committees()) {
            CommitteeState then = committeesBefore.get(now.id());
            ReglementeVersion inForce = ReglementeInForceFrom.of(index, now, epoch);
            if (inForce != null && !Objects.equals(then == null ? null : then.reglementeInForce(),
                    now.reglementeInForce())) {
                reglementen.add(new ReglementeInForce(now.id(), now.name(), inForce.version(),
                        inForce.documentReference(), inForce.inForceFrom(),
                        cause(index.committee(now.id()), ReglementeAdoptedEvent.class)));
            }
        }
        reglementen.sort(byName(index.sortKeys(), ReglementeInForce::committee, ReglementeInForce::committeeId));
        return reglementen;
    }

    private UnitRef parent(UnitState unit, LocalDate date) {
        return unit.parentId() == null ? null : unit(unit.parentId(), date);
    }

    private UnitRef unit(String unitId, LocalDate date) {
        return new UnitRef(unitId, names.unit(unitId, date));
    }

    private PersonRef person(String personId) {
        return personId == null ? null : new PersonRef(personId, index.persons().nameAt(personId, epoch));
    }

    @SafeVarargs
    private Cause unitCause(String unitId, Class<? extends DatedChangeEvent>... types) {
        return cause(index.unit(unitId), types);
    }

    @SafeVarargs
    private Cause roleCause(String chefRoleId, Class<? extends DatedChangeEvent>... types) {
        return cause(index.chefRole(chefRoleId), types);
    }

    /**
     * The latest standing change of one of {@code types} in (from, to], in effective order. It scans the entity's
     * own changes without folding them: a diff may look into thousands of entities.
     */
    @SafeVarargs
    private Cause cause(EntityTimeline<?> timeline, Class<? extends DatedChangeEvent>... types) {
        if (timeline == null) {
            return null;
        }
        TimedChange latest = null;
        for (ChangeEntry entry : timeline.entries()) {
            if (!entry.knownAt(epoch) || !isOneOf(entry.event(), types) || entry.annulledAt(epoch)) {
                continue;
            }
            LocalDate date = entry.effectiveDateAt(epoch);
            if (date.isAfter(from) && !date.isAfter(to)) {
                TimedChange candidate = new TimedChange(entry.event(), date, entry.position());
                if (latest == null || ChangePhase.EFFECTIVE_ORDER.compare(candidate, latest) > 0) {
                    latest = candidate;
                }
            }
        }
        return latest == null ? null
                : new Cause(latest.event().changeId(), narration.decision(latest.event().decisionId()));
    }

    private static boolean isOneOf(DatedChangeEvent event, Class<? extends DatedChangeEvent>[] types) {
        for (Class<? extends DatedChangeEvent> type : types) {
            if (type.isInstance(event)) {
                return true;
            }
        }
        return false;
    }

    private static <T> Comparator<T> byName(SortKeys keys, Function<T, String> name, Function<T, String> id) {
        return Comparator.comparing((T item) -> keys.of(name.apply(item))).thenComparing(id);
    }
}
