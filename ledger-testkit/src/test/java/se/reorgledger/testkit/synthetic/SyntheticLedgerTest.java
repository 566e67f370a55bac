package se.reorgledger.testkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.change.Require;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.rules.RuleViolation;
import se.reorgledger.core.rules.TimelineCheck;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.core.recording.RecordedEvent;

class SyntheticLedgerTest {

    @Test
    void theSameSizeAndSeedGiveTheSameLedger() {
        List<RecordedEvent> first = SyntheticLedger.organisation("kommun-1", 3_000, 80, 42).toList();
        List<RecordedEvent> second = SyntheticLedger.organisation("kommun-1", 3_000, 80, 42).toList();
        List<RecordedEvent> other = SyntheticLedger.organisation("kommun-1", 3_000, 80, 43).toList();

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void everyPackageOfASmallGeneratedOrganisationKeepsEveryHardRuleAsKnownWhenItWasRecorded() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 6_000, 150, 7).toList();
        Map<Instant, List<RecordedEvent>> byTime = events.stream()
                .collect(Collectors.groupingBy(RecordedEvent::recordedAt, TreeMap::new, Collectors.toList()));

        int packagesChecked = 0;
        for (Instant recordedAt : byTime.keySet()) {
            if (byTime.get(recordedAt).stream().anyMatch(event -> event.payload() instanceof ChangeEvent)) {
                List<RuleViolation> violations = check(events, recordedAt);
                assertThat(violations).as("ledger as known at %s", recordedAt).isEmpty();
                packagesChecked++;
            }
        }
        assertThat(packagesChecked).isGreaterThan(300);
    }

    @Test
    void aGeneratedOrganisationHasTheShapeOfARealOne() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 6_000, 150, 7).toList();
        Map<String, Long> types = events.stream().collect(Collectors.groupingBy(
                event -> event.payload().getClass().getSimpleName(), TreeMap::new, Collectors.counting()));

        assertThat(types).containsKeys("UnitEstablishedEvent", "UnitRenamedEvent", "UnitMovedEvent",
                "UnitDissolvedEvent", "ChefAppointedEvent", "ChefLeftEvent", "ChefRoleEndedEvent",
                "ReglementeAdoptedEvent", "EffectiveDateCorrectedEvent", "ChangeAnnulledEvent",
                "PersonNameCorrectedEvent", "KontorServiceStartedEvent");
        assertThat(types.get("UnitEstablishedEvent")).isBetween(120L, 200L);
        assertThat(events).extracting(RecordedEvent::position).isSorted().doesNotHaveDuplicates();
        assertThat(events).extracting(RecordedEvent::recordedAt).isSorted();
        assertThat(events).allSatisfy(event -> {
            if (event.payload() instanceof ChangeEvent change) {
                assertThat(change.changeId()).matches(Require.CHANGE_ID);
                assertThat(change.decisionId()).matches(Require.ID);
            }
        });
    }

    @Test
    void theLargeLedgerInterleavesItsKommunerAndIsProducedLazily() {
        List<RecordedEvent> start = SyntheticLedger.generate(SyntheticSize.L, 1).limit(60_000).toList();

        Set<String> kommuner = new HashSet<>();
        start.forEach(event -> {
            if (event.payload() instanceof OrganisationRegisteredEvent registered) {
                kommuner.add(registered.organisationId());
            }
        });
        assertThat(kommuner).hasSize(SyntheticSize.L.organisations());
        assertThat(start).extracting(RecordedEvent::recordedAt).isSorted();
    }

    @Test
    void theSmallLedgerHasAboutTheSizeItIsNamedFor() {
        List<RecordedEvent> small = SyntheticLedger.generate(SyntheticSize.S, 1).toList();

        assertThat((long) small.size()).isBetween(14_000L, 16_000L);
        assertThat(small.stream().filter(event -> event.payload() instanceof UnitEstablishedEvent).count())
                .isBetween(450L, 550L);
    }

    /** The aggregate's check of a package: the whole timeline then known, replayed under every hard rule. */
    private static List<RuleViolation> check(List<RecordedEvent> events, Instant knownAt) {
        String name = null;
        Map<String, String> persons = new HashMap<>();
        Map<String, LocalDate> corrected = new HashMap<>();
        Set<String> annulled = new HashSet<>();
        Set<String> decisions = new HashSet<>();
        List<TimedChange> timeline = new ArrayList<>();
        for (RecordedEvent event : events) {
            if (event.recordedAt().isAfter(knownAt)) {
                break;
            }
            Object payload = event.payload();
            if (payload instanceof OrganisationRegisteredEvent registered) {
                name = registered.name();
            } else if (payload instanceof PersonRegisteredEvent person) {
                persons.put(person.personId(), person.name());
            } else if (payload instanceof PersonNameCorrectedEvent person) {
                persons.put(person.personId(), person.name());
            } else if (payload instanceof DecisionRecordedEvent decision) {
                decisions.add(decision.decisionId());
            } else if (payload instanceof EffectiveDateCorrectedEvent correction) {
                assertThat(annulled).doesNotContain(correction.targetChangeId());
                corrected.put(correction.targetChangeId(), correction.effectiveDate());
            } else if (payload instanceof ChangeAnnulledEvent annulment) {
                assertThat(annulled.add(annulment.targetChangeId())).isTrue();
            }
            if (payload instanceof DatedChangeEvent change) {
                assertThat(decisions).contains(change.decisionId());
                timeline.add(TimedChange.asRecorded(change, event.position()));
            }
        }
        List<TimedChange> standing = timeline.stream()
                .filter(change -> !annulled.contains(change.event().changeId()))
                .map(change -> new TimedChange(change.event(),
                        corrected.getOrDefault(change.event().changeId(), change.effectiveDate()),
                        change.ledgerOrder()))
                .toList();
        OrganisationState state = new OrganisationState(UnitState.root("kommun-1", name), persons::get);
        return TimelineCheck.run(state, standing, (date, nextDate, organisation) -> {
        });
    }

}
