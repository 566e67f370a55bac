package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.RecordedHistory;

/** Answers kept per state of an index: which survive other answers, and which go with the next event. */
class DerivedAnswersTest {

    private record Epoch(int epoch) {
    }

    @Test
    void anAnswerPerStateOutlivesAnyNumberOfAnswersPerEpoch() {
        DerivedAnswers answers = new DerivedAnswers();
        AtomicInteger slotsWorkedOut = new AtomicInteger();
        answers.perState("slots", slotsWorkedOut::incrementAndGet);
        for (int epoch = 0; epoch < 100; epoch++) {
            int asked = epoch;
            answers.get(new Epoch(epoch), () -> asked);
        }

        assertThat(answers.perState("slots", slotsWorkedOut::incrementAndGet)).isEqualTo(1);
        assertThat(slotsWorkedOut).hasValue(1);
    }

    @Test
    void anAnswerPerStateGoesWithTheNextEventApplied() {
        List<RecordedEvent> ledger = RecordedHistory.of(3, 20);
        LedgerProjection projection = Projected.from(ledger.subList(0, ledger.size() - 1));
        RecordedEvent last = ledger.get(ledger.size() - 1);
        OrganisationIndex index = projection.indexesInIdOrder().stream()
                .filter(candidate -> candidate.id().equals(OrganisationIdOf.event(last.payload())))
                .findFirst().orElseThrow();
        AtomicInteger workedOut = new AtomicInteger();
        index.read(() -> index.derivedPerState("question", workedOut::incrementAndGet));

        projection.apply(last);

        assertThat(index.read(() -> index.derivedPerState("question", workedOut::incrementAndGet))).isEqualTo(2);
    }
}
