package se.reorgledger.projections.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.KLK;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NEW_YEAR_2026;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.organisation.ChangePackageRecordedEvent;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.scenario.AskersundLedger;

class HalfAppliedPackageTest {

    @Test
    void aPackageIsAnsweredFromOnlyOnceAllItsEventsHaveArrived() {
        List<RecordedEvent> events = AskersundLedger.recorded().events();
        int closing = indexOfClosingEvent(events);
        LedgerProjection projection = new LedgerProjection();
        events.subList(0, closing - 3).forEach(projection::apply);
        Instant now = events.get(closing).recordedAt().plusSeconds(1);

        List<UnitNode> halfway = projection.structure(KOMMUN, NEW_YEAR_2026, now).root().children();
        projection.apply(events.get(closing - 3));
        projection.apply(events.get(closing - 2));
        projection.apply(events.get(closing - 1));
        List<UnitNode> stillHalfway = projection.structure(KOMMUN, NEW_YEAR_2026, now).root().children();
        projection.apply(events.get(closing));
        List<UnitNode> closed = projection.structure(KOMMUN, NEW_YEAR_2026, now).root().children();

        assertThat(halfway).extracting(UnitNode::id).containsExactly("klf", "tekniska");
        assertThat(stillHalfway).isEqualTo(halfway);
        assertThat(closed).extracting(UnitNode::id).containsExactly(KLK);
    }

    private static int indexOfClosingEvent(List<RecordedEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).payload() instanceof ChangePackageRecordedEvent closed
                    && closed.decisionId().equals(NOVEMBER_DECISION)) {
                assertThat(events.get(i - 1).payload()).isInstanceOf(ChangeEvent.class);
                return i;
            }
        }
        throw new AssertionError("the November package is recorded");
    }
}
