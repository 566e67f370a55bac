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
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleChangeEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitRenamedEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.reference.NaiveLedger;
import se.reorgledger.projections.reference.Projected;
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
            assertThat(pairs(diff.appointments(), Appointment::chefRoleId, Appointment::cause))
                    .isEqualTo(expected.roles((before, after) -> after != null
                                    && !Objects.equals(before == null ? null : before.holderId(), after.holderId()),
                            ChefAppointedEvent.class, ChefLeftEvent.class));
        }
    }

    private static <T> Map<String, String> pairs(List<T> items, Function<T, String> id, Function<T, Cause> cause) {
        return items.stream().collect(Collectors.toMap(id, item -> cause.apply(item).changeId()));
    }

    /** The differences of two naive replays, each attributed by a scan of the naive timeline. */
    private static final class Expected {
        private final OrganisationState before;
        private final OrganisationState after;
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

        private String latest(String entityId, Class<?>... causes) {
            String latest = null;
            for (TimedChange change : between) {
                DatedChangeEvent event = change.event();
                boolean ofEntity = event instanceof UnitChangeEvent unit && unit.unitId().equals(entityId)
                        || event instanceof ChefRoleChangeEvent role && role.chefRoleId().equals(entityId);
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
    private interface Differs<S> {
        boolean test(S before, S after);
    }
}
