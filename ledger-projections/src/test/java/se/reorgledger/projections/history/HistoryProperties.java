package se.reorgledger.projections.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.reference.NaiveLedger;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RandomHistory;
import se.reorgledger.testkit.reference.RecordedHistory;

class HistoryProperties {

    private static final String KOMMUN = RandomHistory.KOMMUN;

    @Property(tries = 25)
    void aUnitsHistoryAsKnownAtAnyTimeListsTheChangesThenKnownThatTouchedItInEffectiveOrder(@ForAll long seed) {
        List<RecordedEvent> events = RecordedHistory.of(seed, 50);
        LedgerProjection projection = Projected.from(events);
        NaiveLedger naive = new NaiveLedger(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(seed);
        Set<String> unitIds = new TreeSet<>(Set.of(KOMMUN));
        events.stream().filter(event -> event.payload() instanceof UnitEstablishedEvent)
                .forEach(event -> unitIds.add(((UnitEstablishedEvent) event.payload()).unitId()));

        for (int i = 0; i < 20; i++) {
            Instant knownAt = points.knownAt(random);
            Set<String> annulled = naive.annulled(KOMMUN, knownAt);
            for (String unitId : unitIds) {
                if (!establishedAsKnown(naive, unitId, knownAt, annulled)) {
                    assertThatThrownBy(() -> projection.history(KOMMUN, unitId, knownAt))
                            .isInstanceOf(UnknownEntityException.class);
                    continue;
                }
                List<ChangeView> changes = projection.history(KOMMUN, unitId, knownAt).changes();
                List<TimedChange> expected = naive.history(KOMMUN, unitId, knownAt);
                assertThat(changes).as("history of %s as known at %s", unitId, knownAt)
                        .extracting(ChangeView::changeId, ChangeView::effectiveDate, ChangeView::annulled)
                        .containsExactlyElementsOf(expected.stream().map(change -> org.assertj.core.groups.Tuple.tuple(
                                change.event().changeId(), change.effectiveDate(),
                                annulled.contains(change.event().changeId()))).toList());
            }
        }
    }

    private static boolean establishedAsKnown(NaiveLedger naive, String unitId, Instant knownAt,
                                              Set<String> annulled) {
        return unitId.equals(KOMMUN) || naive.known(KOMMUN, knownAt).stream()
                .anyMatch(event -> event.payload() instanceof UnitEstablishedEvent established
                        && established.unitId().equals(unitId) && !annulled.contains(established.changeId()));
    }
}
