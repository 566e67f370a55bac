package se.reorgledger.projections.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.reference.NaiveLedger;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/**
 * The property of {@code StructureProperties} on a longer, denser history than random packages give: years of
 * a generated kommun, many packages a day, most changes appended after all others and some reaching back.
 */
class SyntheticStructureTest {

    @Test
    void theStructureOfAGeneratedKommunAtAnyDateAsKnownAtAnyTimeIsTheReplayOfItsLedger() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 8_000, 200, 11).toList();
        LedgerProjection projection = Projected.from(events);
        NaiveLedger naive = new NaiveLedger(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(11);

        for (int i = 0; i < 150; i++) {
            LocalDate asOf = points.asOf(random);
            Instant knownAt = points.knownAt(random);
            assertThat(projection.structure("kommun-1", asOf, knownAt).root())
                    .as("structure on %s as known at %s", asOf, knownAt)
                    .isEqualTo(naive.structure("kommun-1", asOf, knownAt));
        }
    }
}
