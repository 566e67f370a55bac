package se.reorgledger.projections.diff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeDissolvedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.committee.KontorServiceEndedEvent;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.committee.MunicipalityJoinedCommitteeEvent;
import se.reorgledger.core.committee.MunicipalityLeftCommitteeEvent;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.committee.ReglementeVersion;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.unit.UnitAuthorityStatusSetEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKindChangedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitRenamedEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.committees.ReglementeInForceFrom;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.history.NamesAt;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.SortKeys;
import se.reorgledger.projections.structure.UnitRef;

/**
 * Compares the organisation on two dates as known at one time, then attributes each difference to the latest
 * standing change in (from, to] of the entity concerned that could have caused it. Each entity is looked up on
 * both dates, and only those that differ are looked into further.
 */
public final class OrganisationDiff {

    private final OrganisationIndex index;
    private final int epoch;
    private final LocalDate from;
    private final LocalDate to;
    private final int fromDay;
    private final int toDay;
    private final Narration narration;
    private final NamesAt names;
    private final Map<String, DecisionRef> decisions = new HashMap<>();
    // A diff names the same parents and units again and again: one lookup per unit and date, not per mention.
    private final Map<String, String> namesOnFrom = new HashMap<>();
    private final Map<String, String> namesOnTo = new HashMap<>();

    private OrganisationDiff(OrganisationIndex index, int epoch, LocalDate from, LocalDate to) {
        this.index = index;
        this.epoch = epoch;
        this.from = from;
        this.to = to;
        this.fromDay = Days.of(from);
        this.toDay = Days.of(to);
        this.narration = new Narration(index, epoch);
        this.names = narration.names();
    }

    public static DiffView of(OrganisationIndex index, int epoch, LocalDate from, LocalDate to, Instant knownAt) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        // A long span differs in thousands of units and chef roles. The two halves are looked into side by side,
        // each with its own memos: the roles on a pool thread when one is free, else on this thread after the
        // units. The caller holds the organisation's read lock until both are done, so no writer comes between.
        FutureTask<RoleDifferences> roles = new FutureTask<>(() -> new OrganisationDiff(index, epoch, from, to)
                .roleDifferences());
        ForkJoinPool.commonPool().execute(roles);
        UnitDifferences units;
        try {
            units = new OrganisationDiff(index, epoch, from, to).unitDifferences();
        } finally {
            // Even when the units' half fails, the roles' half ends before the caller lets go of its read lock.
            roles.run();
            awaitUninterruptibly(roles);
        }
        RoleDifferences roleDifferences = done(roles);
        CommitteeDifferences committees = roleDifferences.committees();
        return new DiffView(index.id(), from, to, knownAt, units.established(), units.dissolved(), units.moved(),
                units.renamed(), units.kindChanged(), units.authorityChanged(), roleDifferences.established(),
                roleDifferences.ended(), roleDifferences.appointments(), committees.reglementen(),
                committees.registered(), committees.dissolved(), committees.services(), committees.memberships());
    }

    private record UnitDifferences(List<UnitDifference> established, List<UnitDifference> dissolved,
                                   List<MovedUnit> moved, List<RenamedUnit> renamed, List<KindChange> kindChanged,
                                   List<AuthorityChange> authorityChanged) {
    }

    private record RoleDifferences(List<ChefRoleDifference> established, List<ChefRoleDifference> ended,
                                   List<Appointment> appointments, CommitteeDifferences committees) {
    }

    private record CommitteeDifferences(List<ReglementeInForce> reglementen, List<CommitteeDifference> registered,
                                        List<CommitteeDifference> dissolved, List<ServiceDifference> services,
                                        List<MembershipDifference> memberships) {
    }

    /** Waits for the roles' half to end however it ends; an interrupt is kept for the caller. */
    private static void awaitUninterruptibly(FutureTask<RoleDifferences> roles) {
        boolean interrupted = false;
        while (!roles.isDone()) {
            try {
                roles.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                // reported by done()
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RoleDifferences done(FutureTask<RoleDifferences> roles) {
        try {
            return roles.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while comparing chef roles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Looks each unit up on both dates, one timeline at a time: no snapshot of either date is built. */
    private UnitDifferences unitDifferences() {
        List<UnitDifference> established = new ArrayList<>();
        List<UnitDifference> dissolved = new ArrayList<>();
        List<MovedUnit> moved = new ArrayList<>();
        List<RenamedUnit> renamed = new ArrayList<>();
        List<KindChange> kindChanged = new ArrayList<>();
        List<AuthorityChange> authorityChanged = new ArrayList<>();
        for (EntityTimeline<UnitState> timeline : index.units()) {
            UnitState then = living(timeline.versions().atWhenMaybeInForce(fromDay, epoch));
            UnitState now = living(timeline.versions().atWhenMaybeInForce(toDay, epoch));
            if (then == null && now != null) {
                established.add(new UnitDifference(now.id(), now.name(), now.kind(), parent(now, to), List.of(),
                        cause(timeline, UnitEstablishedEvent.class)));
            } else if (then != null && now == null) {
                dissolved.add(new UnitDifference(then.id(), then.name(), then.kind(), parent(then, from),
                        successors(timeline.versions().at(toDay, epoch)),
                        cause(timeline, UnitDissolvedEvent.class)));
            } else if (then != null) {
                if (then.kind() != now.kind()) {
                    kindChanged.add(new KindChange(now.id(), now.name(), then.kind(), now.kind(),
                            cause(timeline, UnitKindChangedEvent.class)));
                }
                if (then.authority() != now.authority()) {
                    authorityChanged.add(new AuthorityChange(now.id(), now.name(), now.authority(),
                            cause(timeline, UnitAuthorityStatusSetEvent.class)));
                }
                if (!Objects.equals(then.parentId(), now.parentId())) {
                    moved.add(new MovedUnit(now.id(), now.name(), parent(then, from), parent(now, to),
                            cause(timeline, UnitMovedEvent.class)));
                }
                if (!then.name().equals(now.name())) {
                    renamed.add(new RenamedUnit(now.id(), then.name(), now.name(),
                            cause(timeline, UnitRenamedEvent.class)));
                }
            }
        }
        SortKeys keys = index.sortKeys();
        keys.sort(established, UnitDifference::name, UnitDifference::id);
        keys.sort(dissolved, UnitDifference::name, UnitDifference::id);
        keys.sort(moved, MovedUnit::name, MovedUnit::id);
        keys.sort(renamed, RenamedUnit::to, RenamedUnit::id);
        keys.sort(kindChanged, KindChange::name, KindChange::id);
        keys.sort(authorityChanged, AuthorityChange::name, AuthorityChange::id);
        return new UnitDifferences(established, dissolved, moved, renamed, kindChanged, authorityChanged);
    }

    /** The successors a dissolution names, as of the later date; none when the unit is simply gone then. */
    private List<UnitRef> successors(UnitState ending) {
        if (ending == null || !ending.isDissolved()) {
            return List.of();
        }
        return ending.successorIds().stream().map(id -> unit(id, to)).toList();
    }

    private RoleDifferences roleDifferences() {
        List<ChefRoleDifference> rolesEstablished = new ArrayList<>();
        List<ChefRoleDifference> rolesEnded = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        for (EntityTimeline<ChefRoleState> timeline : index.chefRoles()) {
            ChefRoleState then = active(timeline.versions().atWhenMaybeInForce(fromDay, epoch));
            ChefRoleState now = active(timeline.versions().atWhenMaybeInForce(toDay, epoch));
            if (then == null && now != null) {
                rolesEstablished.add(new ChefRoleDifference(now.id(), now.title(), unit(now.unitId(), to),
                        cause(timeline, ChefRoleEstablishedEvent.class)));
            } else if (then != null && now == null) {
                rolesEnded.add(new ChefRoleDifference(then.id(), then.title(), unit(then.unitId(), from),
                        cause(timeline, ChefRoleEndedEvent.class)));
                if (then.holderId() != null) {
                    appointments.add(new Appointment(then.id(), then.title(), unit(then.unitId(), from),
                            person(then.holderId()), null, true,
                            cause(timeline, ChefAppointedEvent.class, ChefLeftEvent.class, ChefRoleEndedEvent.class)));
                }
            }
            if (now != null && !Objects.equals(then == null ? null : then.holderId(), now.holderId())) {
                appointments.add(new Appointment(now.id(), now.title(), unit(now.unitId(), to),
                        person(then == null ? null : then.holderId()), person(now.holderId()), false,
                        cause(timeline, ChefAppointedEvent.class, ChefLeftEvent.class)));
            }
        }
        SortKeys keys = index.sortKeys();
        keys.sort(rolesEstablished, role -> role.unit().name(), ChefRoleDifference::id);
        keys.sort(rolesEnded, role -> role.unit().name(), ChefRoleDifference::id);
        keys.sort(appointments, appointment -> appointment.unit().name(), Appointment::chefRoleId);
        return new RoleDifferences(rolesEstablished, rolesEnded, appointments, committeeDifferences());
    }

    private CommitteeDifferences committeeDifferences() {
        List<ReglementeInForce> reglementen = new ArrayList<>();
        List<CommitteeDifference> registered = new ArrayList<>();
        List<CommitteeDifference> dissolved = new ArrayList<>();
        List<ServiceDifference> services = new ArrayList<>();
        List<MembershipDifference> memberships = new ArrayList<>();
        for (EntityTimeline<CommitteeState> timeline : index.committees()) {
            CommitteeState then = standing(timeline.versions().atWhenMaybeInForce(fromDay, epoch));
            CommitteeState now = standing(timeline.versions().atWhenMaybeInForce(toDay, epoch));
            if (then == null && now != null) {
                registered.add(new CommitteeDifference(now.id(), now.name(), now.type(),
                        cause(timeline, CommitteeRegisteredEvent.class)));
            } else if (then != null && now == null) {
                dissolved.add(new CommitteeDifference(then.id(), then.name(), then.type(),
                        cause(timeline, CommitteeDissolvedEvent.class)));
            }
            services(timeline, then, now, services);
            memberships(timeline, then, now, memberships);
            if (now == null || now.reglementeInForce() == null
                    || Objects.equals(then == null ? null : then.reglementeInForce(), now.reglementeInForce())) {
                continue;
            }
            ReglementeVersion inForce = ReglementeInForceFrom.of(index, now, epoch);
            reglementen.add(new ReglementeInForce(now.id(), now.name(), inForce.version(),
                    inForce.documentReference(), inForce.inForceFrom(),
                    cause(timeline, ReglementeAdoptedEvent.class)));
        }
        SortKeys keys = index.sortKeys();
        keys.sort(reglementen, ReglementeInForce::committee, ReglementeInForce::committeeId);
        keys.sort(registered, CommitteeDifference::name, CommitteeDifference::id);
        keys.sort(dissolved, CommitteeDifference::name, CommitteeDifference::id);
        keys.sort(services, service -> service.committee() + " " + service.unit().name(),
                service -> service.committeeId() + " " + service.unit().id());
        keys.sort(memberships, membership -> membership.committee() + " " + membership.municipality(),
                MembershipDifference::committeeId);
        return new CommitteeDifferences(reglementen, registered, dissolved, services, memberships);
    }

    /** Each kontor serving the nämnd on one date and not the other; a dissolved nämnd is served by none. */
    private void services(EntityTimeline<CommitteeState> timeline, CommitteeState then, CommitteeState now,
                          List<ServiceDifference> services) {
        List<String> before = then == null ? List.of() : then.servingUnitIds();
        List<String> after = now == null ? List.of() : now.servingUnitIds();
        CommitteeState named = now != null ? now : then;
        for (String unitId : after) {
            if (!before.contains(unitId)) {
                services.add(new ServiceDifference(named.id(), named.name(), unit(unitId, to), true,
                        cause(timeline, change -> change instanceof KontorServiceStartedEvent started
                                && started.unitId().equals(unitId), KontorServiceStartedEvent.class)));
            }
        }
        for (String unitId : before) {
            if (!after.contains(unitId)) {
                services.add(new ServiceDifference(named.id(), named.name(), unit(unitId, from), false,
                        cause(timeline, change -> !(change instanceof KontorServiceEndedEvent ended)
                                        || ended.unitId().equals(unitId), KontorServiceEndedEvent.class,
                                CommitteeDissolvedEvent.class)));
            }
        }
    }

    /** Each kommun a member of the gemensam nämnd on one date and not the other. */
    private void memberships(EntityTimeline<CommitteeState> timeline, CommitteeState then, CommitteeState now,
                             List<MembershipDifference> memberships) {
        List<String> before = then == null ? List.of() : then.memberMunicipalities();
        List<String> after = now == null ? List.of() : now.memberMunicipalities();
        CommitteeState named = now != null ? now : then;
        for (String municipality : after) {
            if (!before.contains(municipality)) {
                memberships.add(new MembershipDifference(named.id(), named.name(), municipality, true,
                        cause(timeline, change -> change instanceof MunicipalityJoinedCommitteeEvent joined
                                        && joined.municipality().equals(municipality),
                                MunicipalityJoinedCommitteeEvent.class)));
            }
        }
        for (String municipality : before) {
            if (!after.contains(municipality)) {
                memberships.add(new MembershipDifference(named.id(), named.name(), municipality, false,
                        cause(timeline, change -> !(change instanceof MunicipalityLeftCommitteeEvent left)
                                        || left.municipality().equals(municipality),
                                MunicipalityLeftCommitteeEvent.class, CommitteeDissolvedEvent.class)));
            }
        }
    }

    private static UnitState living(UnitState unit) {
        return unit == null || unit.isDissolved() ? null : unit;
    }

    private static ChefRoleState active(ChefRoleState role) {
        return role == null || role.isEnded() ? null : role;
    }

    private static CommitteeState standing(CommitteeState committee) {
        return committee == null || committee.isDissolved() ? null : committee;
    }

    private UnitRef parent(UnitState unit, LocalDate date) {
        return unit.parentId() == null ? null : unit(unit.parentId(), date);
    }

    private UnitRef unit(String unitId, LocalDate date) {
        Map<String, String> named = date.equals(from) ? namesOnFrom : namesOnTo;
        return new UnitRef(unitId, named.computeIfAbsent(unitId, id -> names.unit(id, date)));
    }

    private PersonRef person(String personId) {
        return personId == null ? null : new PersonRef(personId, index.persons().nameAt(personId, epoch));
    }

    /**
     * The latest standing change of one of {@code types} in (from, to], in effective order. It scans the entity's
     * own changes without folding them: a diff may look into thousands of entities.
     */
    @SafeVarargs
    private Cause cause(EntityTimeline<?> timeline, Class<? extends DatedChangeEvent>... types) {
        return cause(timeline, change -> true, types);
    }

    /** {@link #cause(EntityTimeline, Class[])} among the changes of those types that {@code about} accepts. */
    @SafeVarargs
    private Cause cause(EntityTimeline<?> timeline, Predicate<DatedChangeEvent> about,
                        Class<? extends DatedChangeEvent>... types) {
        if (timeline == null) {
            return null;
        }
        ChangeEntry latest = null;
        int latestDay = Integer.MIN_VALUE;
        for (ChangeEntry entry : timeline.entries()) {
            if (!entry.knownAt(epoch)) {
                continue;
            }
            // Type and day are kept in the entry: most changes are ruled out without reading the event.
            int day = entry.effectiveDayAt(epoch);
            if (day < latestDay || day <= fromDay || day > toDay || !isOneOf(entry.eventType(), types)
                    || entry.annulledAt(epoch) || !about.test(entry.event())) {
                continue;
            }
            if (latest == null || day > latestDay || laterOnTheSameDay(entry, latest)) {
                latest = entry;
                latestDay = day;
            }
        }
        return latest == null ? null
                : new Cause(latest.event().changeId(),
                decisions.computeIfAbsent(latest.event().decisionId(), narration::decision));
    }

    /** {@code ChangePhase.EFFECTIVE_ORDER} for two changes on one day: phase, then ledger order. */
    private static boolean laterOnTheSameDay(ChangeEntry entry, ChangeEntry than) {
        int phase = ChangePhase.of(entry.event());
        int thanPhase = ChangePhase.of(than.event());
        return phase > thanPhase || phase == thanPhase && entry.position() > than.position();
    }

    private static boolean isOneOf(Class<? extends DatedChangeEvent> eventType,
                                   Class<? extends DatedChangeEvent>[] types) {
        for (Class<? extends DatedChangeEvent> type : types) {
            if (type.isAssignableFrom(eventType)) {
                return true;
            }
        }
        return false;
    }

}
