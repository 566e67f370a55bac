package se.reorgledger.projections.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleChangeEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeChangeEvent;
import se.reorgledger.core.committee.CommitteeDissolvedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.committee.KontorServiceEndedEvent;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.committee.MunicipalityJoinedCommitteeEvent;
import se.reorgledger.core.committee.MunicipalityLeftCommitteeEvent;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.unit.UnitAuthorityStatusSetEvent;
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKindChangedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitRenamedEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.reference.NaiveLedger;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.projections.structure.UnitRef;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RandomHistory;
import se.reorgledger.testkit.reference.RecordedHistory;

class DiffProperties {

    private static final String KOMMUN = RandomHistory.KOMMUN;

    @Property(tries = 25)
    void theDiffBetweenTwoDatesIsTheDifferenceOfTheTwoReplaysEachDueToTheLatestChangeThatCausedIt(
            @ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        LedgerProjection projection = Projected.from(events);
        NaiveLedger naive = new NaiveLedger(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);

        for (int i = 0; i < 30; i++) {
            LocalDate a = points.asOf(random);
            LocalDate b = points.asOf(random);
            LocalDate from = a.isBefore(b) ? a : b;
            LocalDate to = a.isBefore(b) ? b : a;
            Instant knownAt = points.knownAt(random);
            DiffView diff = projection.diff(KOMMUN, from, to, knownAt);
            Expected expected = new Expected(naive, from, to, knownAt);

            assertThat(pairs(diff.established(), UnitDifference::id, UnitDifference::cause))
                    .isEqualTo(expected.units((before, after) -> before == null && after != null,
                            UnitEstablishedEvent.class));
            assertThat(pairs(diff.dissolved(), UnitDifference::id, UnitDifference::cause))
                    .isEqualTo(expected.units((before, after) -> before != null && after == null,
                            UnitDissolvedEvent.class));
            assertThat(pairs(diff.moved(), MovedUnit::id, MovedUnit::cause))
                    .isEqualTo(expected.units((before, after) -> before != null && after != null
                            && !Objects.equals(before.parentId(), after.parentId()), UnitMovedEvent.class));
            assertThat(pairs(diff.renamed(), RenamedUnit::id, RenamedUnit::cause))
                    .isEqualTo(expected.units((before, after) -> before != null && after != null
                            && !before.name().equals(after.name()), UnitRenamedEvent.class));
            assertThat(pairs(diff.chefRolesEstablished(), ChefRoleDifference::id, ChefRoleDifference::cause))
                    .isEqualTo(expected.roles((before, after) -> before == null && after != null,
                            ChefRoleEstablishedEvent.class));
            assertThat(pairs(diff.chefRolesEnded(), ChefRoleDifference::id, ChefRoleDifference::cause))
                    .isEqualTo(expected.roles((before, after) -> before != null && after == null,
                            ChefRoleEndedEvent.class));
            Map<String, String> appointments = expected.roles((before, after) -> after != null
                            && !Objects.equals(before == null ? null : before.holderId(), after.holderId()),
                    ChefAppointedEvent.class, ChefLeftEvent.class);
            appointments.putAll(expected.roles((before, after) -> before != null && after == null
                    && before.holderId() != null, ChefAppointedEvent.class, ChefLeftEvent.class,
                    ChefRoleEndedEvent.class));
            assertThat(pairs(diff.appointments(), Appointment::chefRoleId, Appointment::cause))
                    .isEqualTo(appointments);
            List<String> ended = diff.chefRolesEnded().stream().map(ChefRoleDifference::id).toList();
            assertThat(diff.appointments()).allSatisfy(appointment -> assertThat(appointment.roleEnded())
                    .isEqualTo(appointment.to() == null && ended.contains(appointment.chefRoleId())));
            assertThat(pairs(diff.kindChanged(), KindChange::id, KindChange::cause))
                    .isEqualTo(expected.units((before, after) -> before != null && after != null
                            && before.kind() != after.kind(), UnitKindChangedEvent.class));
            assertThat(pairs(diff.authorityChanged(), AuthorityChange::id, AuthorityChange::cause))
                    .isEqualTo(expected.units((before, after) -> before != null && after != null
                            && before.authority() != after.authority(), UnitAuthorityStatusSetEvent.class));
            assertThat(diff.dissolved()).allSatisfy(unit -> assertThat(unit.successors()).extracting(UnitRef::id)
                    .isEqualTo(expected.after.everEstablishedUnit(unit.id()).orElseThrow().successorIds()));
            assertThat(pairs(diff.committeesRegistered(), CommitteeDifference::id, CommitteeDifference::cause))
                    .isEqualTo(expected.committees((before, after) -> before == null && after != null,
                            CommitteeRegisteredEvent.class));
            assertThat(pairs(diff.committeesDissolved(), CommitteeDifference::id, CommitteeDifference::cause))
                    .isEqualTo(expected.committees((before, after) -> before != null && after == null,
                            CommitteeDissolvedEvent.class));
            assertThat(pairs(diff.services(), service -> service.committeeId() + "/" + service.unit().id() + "/"
                    + service.started(), ServiceDifference::cause)).isEqualTo(expected.services());
            assertThat(pairs(diff.memberships(), membership -> membership.committeeId() + "/"
                    + membership.municipality() + "/" + membership.joined(), MembershipDifference::cause))
                    .isEqualTo(expected.memberships());
        }
    }

    private static <T> Map<String, String> pairs(List<T> items, Function<T, String> id, Function<T, Cause> cause) {
        Map<String, String> pairs = new java.util.HashMap<>();
        items.forEach(item -> assertThat(pairs.put(id.apply(item), cause.apply(item).changeId()))
                .as("%s listed once", id.apply(item)).isNull());
        return pairs;
    }

    /** The differences of two naive replays, each attributed by a scan of the naive timeline. */
    private static final class Expected {
        private final OrganisationState before;
        final OrganisationState after;
        private final List<TimedChange> between = new ArrayList<>();

        Expected(NaiveLedger naive, LocalDate from, LocalDate to, Instant knownAt) {
            before = naive.state(KOMMUN, from, knownAt);
            after = naive.state(KOMMUN, to, knownAt);
            for (TimedChange change : naive.timeline(KOMMUN, knownAt)) {
                if (change.effectiveDate().isAfter(from) && !change.effectiveDate().isAfter(to)) {
                    between.add(change);
                }
            }
        }

        Map<String, String> units(Differs<UnitState> differs, Class<?> cause) {
            Map<String, String> expected = new java.util.HashMap<>();
            List<String> ids = new ArrayList<>();
            before.units().forEach(unit -> ids.add(unit.id()));
            after.units().forEach(unit -> ids.add(unit.id()));
            for (String id : ids) {
                if (differs.test(before.unit(id).orElse(null), after.unit(id).orElse(null))) {
                    expected.put(id, latest(id, cause));
                }
            }
            return expected;
        }

        Map<String, String> roles(Differs<ChefRoleState> differs, Class<?>... causes) {
            Map<String, ChefRoleState> rolesBefore = active(before);
            Map<String, ChefRoleState> rolesAfter = active(after);
            Map<String, String> expected = new java.util.HashMap<>();
            List<String> ids = new ArrayList<>(rolesBefore.keySet());
            ids.addAll(rolesAfter.keySet());
            for (String id : ids) {
                if (differs.test(rolesBefore.get(id), rolesAfter.get(id))) {
                    expected.put(id, latest(id, causes));
                }
            }
            return expected;
        }

        private static Map<String, ChefRoleState> active(OrganisationState state) {
            Map<String, ChefRoleState> roles = new java.util.HashMap<>();
            state.units().forEach(unit -> state.chefRoles(unit.id()).forEach(role -> roles.put(role.id(), role)));
            return roles;
        }

        Map<String, String> committees(Differs<CommitteeState> differs, Class<?> cause) {
            Map<String, CommitteeState> committeesBefore = standing(before);
            Map<String, CommitteeState> committeesAfter = standing(after);
            Map<String, String> expected = new java.util.HashMap<>();
            java.util.Set<String> ids = new java.util.HashSet<>(committeesBefore.keySet());
            ids.addAll(committeesAfter.keySet());
            for (String id : ids) {
                if (differs.test(committeesBefore.get(id), committeesAfter.get(id))) {
                    expected.put(id, latest(id, cause));
                }
            }
            return expected;
        }

        /** Each service started or ended, by nämnd, unit and which, with the latest change that could do so. */
        Map<String, String> services() {
            return members(CommitteeState::servingUnitIds, (committee, unit, started) -> latest(event ->
                    started ? event instanceof KontorServiceStartedEvent s && s.committeeId().equals(committee)
                            && s.unitId().equals(unit)
                            : event instanceof KontorServiceEndedEvent e && e.committeeId().equals(committee)
                            && e.unitId().equals(unit)
                            || event instanceof CommitteeDissolvedEvent d && d.committeeId().equals(committee)));
        }

        Map<String, String> memberships() {
            return members(CommitteeState::memberMunicipalities, (committee, kommun, joined) -> latest(event ->
                    joined ? event instanceof MunicipalityJoinedCommitteeEvent j && j.committeeId().equals(committee)
                            && j.municipality().equals(kommun)
                            : event instanceof MunicipalityLeftCommitteeEvent l && l.committeeId().equals(committee)
                            && l.municipality().equals(kommun)
                            || event instanceof CommitteeDissolvedEvent d && d.committeeId().equals(committee)));
        }

        private Map<String, String> members(Function<CommitteeState, List<String>> of, Attribution attribution) {
            Map<String, CommitteeState> committeesBefore = standing(before);
            Map<String, CommitteeState> committeesAfter = standing(after);
            java.util.Set<String> ids = new java.util.HashSet<>(committeesBefore.keySet());
            ids.addAll(committeesAfter.keySet());
            Map<String, String> expected = new java.util.HashMap<>();
            for (String id : ids) {
                List<String> was = committeesBefore.containsKey(id) ? of.apply(committeesBefore.get(id)) : List.of();
                List<String> is = committeesAfter.containsKey(id) ? of.apply(committeesAfter.get(id)) : List.of();
                is.stream().filter(member -> !was.contains(member)).forEach(member ->
                        expected.put(id + "/" + member + "/true", attribution.latest(id, member, true)));
                was.stream().filter(member -> !is.contains(member)).forEach(member ->
                        expected.put(id + "/" + member + "/false", attribution.latest(id, member, false)));
            }
            return expected;
        }

        private static Map<String, CommitteeState> standing(OrganisationState state) {
            Map<String, CommitteeState> committees = new java.util.HashMap<>();
            state.committees().forEach(committee -> committees.put(committee.id(), committee));
            return committees;
        }

        private String latest(java.util.function.Predicate<DatedChangeEvent> matches) {
            String latest = null;
            for (TimedChange change : between) {
                if (matches.test(change.event())) {
                    latest = change.event().changeId();
                }
            }
            return latest;
        }

        private String latest(String entityId, Class<?>... causes) {
            String latest = null;
            for (TimedChange change : between) {
                DatedChangeEvent event = change.event();
                boolean ofEntity = event instanceof UnitChangeEvent unit && unit.unitId().equals(entityId)
                        || event instanceof ChefRoleChangeEvent role && role.chefRoleId().equals(entityId)
                        || event instanceof CommitteeChangeEvent committee && committee.committeeId().equals(entityId);
                for (Class<?> cause : causes) {
                    if (ofEntity && cause.isInstance(event)) {
                        latest = event.changeId();
                    }
                }
            }
            return latest;
        }
    }

    @FunctionalInterface
    private interface Attribution {
        String latest(String committeeId, String member, boolean added);
    }

    @FunctionalInterface
    private interface Differs<S> {
        boolean test(S before, S after);
    }
}
