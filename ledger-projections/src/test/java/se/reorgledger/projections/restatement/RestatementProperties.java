package se.reorgledger.projections.restatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.assignment.AssignmentChangeEvent;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefRoleChangeEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeChangeEvent;
import se.reorgledger.core.cooperation.CooperationChangeEvent;
import se.reorgledger.core.correction.CorrectionEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.NaiveLedger;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RandomHistory;
import se.reorgledger.testkit.reference.RecordedHistory;

/**
 * Restatements against two naive replays: what differs about a date between two moments is exactly what the
 * replays as known at each moment differ in, explained by the changes and corrections recorded in between that
 * bear on the date; and each restatement since a moment altered exactly the dates on which the replays just
 * before and at its recording differ.
 */
class RestatementProperties {

    private static final String KOMMUN = RandomHistory.KOMMUN;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Property(tries = 20)
    void whatDiffersAboutADateBetweenTwoMomentsIsWhatTheirReplaysDifferInWithTheRecordingsThatBearOnIt(
            @ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        LedgerProjection projection = Projected.from(events);
        NaiveLedger naive = new NaiveLedger(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);

        for (int i = 0; i < 25; i++) {
            LocalDate asOf = points.asOf(random);
            Instant a = points.knownAt(random);
            Instant b = points.knownAt(random);
            Instant knownFrom = a.isBefore(b) ? a : b;
            Instant knownTo = a.isBefore(b) ? b : a;
            RestatementView view = projection.restatements(KOMMUN, asOf, knownFrom, knownTo);
            Map<String, Object> before = standing(naive, events, asOf, knownFrom);
            Map<String, Object> after = standing(naive, events, asOf, knownTo);

            Map<String, RestatedEntity> restated = new TreeMap<>();
            view.restated().forEach(entity -> restated.put(entity.entity() + ":" + entity.id(), entity));
            Set<String> differing = new TreeSet<>();
            Set<String> keys = new TreeSet<>(before.keySet());
            keys.addAll(after.keySet());
            keys.stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).forEach(differing::add);
            assertThat(restated.keySet()).as("restated on %s between %s and %s", asOf, knownFrom, knownTo)
                    .isEqualTo(differing);

            Reasons reasons = new Reasons(naive, events, asOf, knownFrom, knownTo);
            restated.forEach((key, entity) -> {
                assertThat(entity.differences()).isEqualTo(differences(before.get(key), after.get(key)));
                assertThat(entity.changes()).extracting(ChangeView::changeId)
                        .containsExactlyInAnyOrderElementsOf(reasons.changes(key));
                assertThat(entity.corrections()).extracting(CorrectionView::changeId)
                        .containsExactlyInAnyOrderElementsOf(reasons.corrections(key));
                assertThat(entity.nameCorrections()).extracting(NameCorrectionView::eventId)
                        .containsExactlyElementsOf(nameCorrections(events, knownFrom, knownTo,
                                holders(before.get(key), after.get(key))));
                assertThat(entity.changes().size() + entity.corrections().size()
                        + entity.nameCorrections().size()).as("%s restated without a reason", key).isPositive();
            });
        }
    }

    @Property(tries = 20)
    void eachRestatementSinceAMomentAlteredTheDatesOnWhichTheReplaysJustBeforeAndAtItsRecordingDiffer(
            @ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        LedgerProjection projection = Projected.from(events);
        NaiveLedger naive = new NaiveLedger(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);
        Map<String, Map<String, Object>> replays = new HashMap<>();

        for (int i = 0; i < 4; i++) {
            Instant a = points.knownAt(random);
            Instant b = points.knownAt(random);
            Instant since = a.isBefore(b) ? a : b;
            Instant knownTo = a.isBefore(b) ? b : a;
            RestatementsSinceView view = projection.restatementsSince(KOMMUN, since, knownTo);

            assertThat(view.restatements()).extracting(Restatement::eventId)
                    .containsExactlyElementsOf(restatementsRecorded(events, since, knownTo));
            for (Restatement restatement : view.restatements()) {
                String key = restatement.entity() + ":" + restatement.entityId();
                Instant recorded = restatement.recordedAt();
                for (LocalDate asOf : points.asOfs()) {
                    Map<String, Object> was = replays.computeIfAbsent(asOf + "@" + recorded.minusNanos(1),
                            at -> standing(naive, events, asOf, recorded.minusNanos(1)));
                    Map<String, Object> is = replays.computeIfAbsent(asOf + "@" + recorded,
                            at -> standing(naive, events, asOf, recorded));
                    // A name in the register is no entity of the organisation: it alters the roles its person holds.
                    boolean altered = restatement.entity().equals("person")
                            ? was.keySet().stream().anyMatch(role -> role.startsWith("chefRole:")
                                    && !Objects.equals(was.get(role), is.get(role)))
                            : !Objects.equals(was.get(key), is.get(key));
                    assertThat(within(asOf, restatement.altered()))
                            .as("%s altered %s on %s", restatement.eventId(), key, asOf)
                            .isEqualTo(altered);
                }
            }
        }
    }

    /** The changes that took effect before the day they were recorded, and every correction, in ledger order. */
    private static List<String> restatementsRecorded(List<RecordedEvent> events, Instant since, Instant knownTo) {
        List<String> ids = new ArrayList<>();
        for (RecordedEvent event : events) {
            if (!event.recordedAt().isAfter(since) || event.recordedAt().isAfter(knownTo)) {
                continue;
            }
            LocalDate recordedOn = event.recordedAt().atZone(SWEDEN).toLocalDate();
            if (event.payload() instanceof CorrectionEvent || event.payload() instanceof PersonNameCorrectedEvent
                    || event.payload() instanceof DatedChangeEvent change
                    && change.effectiveDate().isBefore(recordedOn)) {
                ids.add(event.eventId());
            }
        }
        return ids;
    }

    private static boolean within(LocalDate date, List<DateRange> ranges) {
        return ranges.stream().anyMatch(range -> (range.from() == null || !date.isBefore(range.from()))
                && (range.to() == null || !date.isAfter(range.to())));
    }

    /** Every entity in force on the date in the replay as known at the moment, by kind and id. */
    private static Map<String, Object> standing(NaiveLedger naive, List<RecordedEvent> events, LocalDate asOf,
                                                Instant knownAt) {
        OrganisationState state = naive.state(KOMMUN, asOf, knownAt);
        Map<String, Object> standing = new HashMap<>();
        for (String key : entities(events)) {
            String id = key.substring(key.indexOf(':') + 1);
            Object entity = switch (key.substring(0, key.indexOf(':'))) {
                case "unit" -> state.everEstablishedUnit(id).filter(unit -> !unit.isDissolved()).orElse(null);
                case "chefRole" -> state.everEstablishedChefRole(id).filter(role -> !role.isEnded())
                        .map(role -> new HeldRole(role, role.holderId() == null ? null
                                : state.personName(role.holderId()))).orElse(null);
                case "committee" -> state.everRegisteredCommittee(id).filter(n -> !n.isDissolved()).orElse(null);
                case "assignment" -> state.assignment(id).orElse(null);
                default -> state.everJoinedCooperation(id).filter(c -> !c.isLeft()).orElse(null);
            };
            if (entity != null) {
                standing.put(key, entity);
            }
        }
        state.unit(KOMMUN).ifPresent(root -> standing.put("unit:" + KOMMUN, root));
        return standing;
    }

    private static Set<String> entities(List<RecordedEvent> events) {
        Set<String> keys = new LinkedHashSet<>();
        for (RecordedEvent event : events) {
            if (event.payload() instanceof DatedChangeEvent change) {
                keys.add(key(change));
            }
        }
        return keys;
    }

    static String key(DatedChangeEvent change) {
        if (change instanceof UnitChangeEvent unit) {
            return "unit:" + unit.unitId();
        }
        if (change instanceof ChefRoleChangeEvent role) {
            return "chefRole:" + role.chefRoleId();
        }
        if (change instanceof CommitteeChangeEvent committee) {
            return "committee:" + committee.committeeId();
        }
        if (change instanceof AssignmentChangeEvent assignment) {
            return "assignment:" + assignment.assignmentId();
        }
        return "cooperation:" + ((CooperationChangeEvent) change).cooperationId();
    }

    /** A chef role in force, and its holder's name as the register then gave it. */
    private record HeldRole(ChefRoleState role, String holderName) {
    }

    /** The holders of a chef role at the two moments; none for another entity. */
    private static Set<String> holders(Object before, Object after) {
        Set<String> holders = new TreeSet<>();
        for (Object state : java.util.Arrays.asList(before, after)) {
            if (state instanceof HeldRole held && held.role().holderId() != null) {
                holders.add(held.role().holderId());
            }
        }
        return holders;
    }

    /** The register's corrections, recorded after one moment up to another, of the names of these persons. */
    private static List<String> nameCorrections(List<RecordedEvent> events, Instant from, Instant to,
                                                Set<String> persons) {
        List<String> ids = new ArrayList<>();
        for (RecordedEvent event : events) {
            if (event.recordedAt().isAfter(from) && !event.recordedAt().isAfter(to)
                    && event.payload() instanceof PersonNameCorrectedEvent corrected
                    && persons.contains(corrected.personId())) {
                ids.add(event.eventId());
            }
        }
        return ids;
    }

    /**
     * The facts in which two states differ, each fact a component of the state record but its id; for a chef
     * role, also its holder's name.
     */
    private static List<Difference> differences(Object before, Object after) {
        if (before == null || after == null) {
            return List.of(new Difference("inForce", before != null, after != null));
        }
        if (before instanceof HeldRole was && after instanceof HeldRole is) {
            List<Difference> differences = new ArrayList<>(differences(was.role(), is.role()));
            if (!Objects.equals(was.holderName(), is.holderName())) {
                differences.add(new Difference("holderName", was.holderName(), is.holderName()));
            }
            return differences;
        }
        List<Difference> differences = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            try {
                Object was = component.getAccessor().invoke(before);
                Object is = component.getAccessor().invoke(after);
                if (!component.getName().equals("id") && !Objects.equals(was, is)) {
                    differences.add(new Difference(component.getName(), was, is));
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return differences;
    }

    /**
     * The recordings between two moments that bear on a date, by entity: a change recorded in between that stands
     * at the later moment and takes effect by the date; a correction recorded in between of such a change, or of a
     * change that stood at the earlier moment and took effect by the date as known at either moment.
     */
    private static final class Reasons {
        private final Map<String, Set<String>> changes = new HashMap<>();
        private final Map<String, Set<String>> corrections = new HashMap<>();

        Reasons(NaiveLedger naive, List<RecordedEvent> events, LocalDate asOf, Instant from, Instant to) {
            Map<String, LocalDate> datesFrom = dates(naive, from);
            Map<String, LocalDate> datesTo = dates(naive, to);
            Set<String> annulledFrom = naive.annulled(KOMMUN, from);
            Set<String> annulledTo = naive.annulled(KOMMUN, to);
            Map<String, String> keyOf = new HashMap<>();
            Set<String> given = new java.util.HashSet<>();
            for (RecordedEvent event : naive.known(KOMMUN, to)) {
                boolean between = event.recordedAt().isAfter(from);
                if (event.payload() instanceof DatedChangeEvent change) {
                    keyOf.put(change.changeId(), key(change));
                    if (between && !annulledTo.contains(change.changeId())
                            && !datesTo.get(change.changeId()).isAfter(asOf)) {
                        given.add(change.changeId());
                        changes.computeIfAbsent(key(change), k -> new TreeSet<>()).add(change.changeId());
                    }
                } else if (between && event.payload() instanceof CorrectionEvent correction) {
                    String target = correction.targetChangeId();
                    boolean stood = datesFrom.containsKey(target) && !annulledFrom.contains(target);
                    boolean bears = stood ? !datesFrom.get(target).isAfter(asOf) || !datesTo.get(target).isAfter(asOf)
                            : given.contains(target);
                    if (bears) {
                        corrections.computeIfAbsent(keyOf.get(target), k -> new TreeSet<>())
                                .add(correction.changeId());
                    }
                }
            }
        }

        /** Each known change's effective date as then corrected. */
        private static Map<String, LocalDate> dates(NaiveLedger naive, Instant knownAt) {
            Map<String, LocalDate> dates = new HashMap<>();
            for (RecordedEvent event : naive.known(KOMMUN, knownAt)) {
                if (event.payload() instanceof DatedChangeEvent change) {
                    dates.put(change.changeId(), change.effectiveDate());
                } else if (event.payload() instanceof EffectiveDateCorrectedEvent corrected) {
                    dates.put(corrected.targetChangeId(), corrected.effectiveDate());
                }
            }
            return dates;
        }

        Set<String> changes(String key) {
            return changes.getOrDefault(key, Set.of());
        }

        Set<String> corrections(String key) {
            return corrections.getOrDefault(key, Set.of());
        }
    }
}
