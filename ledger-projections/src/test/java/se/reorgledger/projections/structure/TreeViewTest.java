package se.reorgledger.projections.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.provenance.Provenance;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.synthetic.SyntheticLedger;

/**
 * The tree a page draws is the structure read's tree with the structure read's marks: the units and chef roles
 * of {@code illustrativeFacts}, and the holders whose provenance in the structure read is illustrative.
 */
class TreeViewTest {

    @Test
    void theTreeAndItsIllustrativeMarksAreThoseOfTheStructureReadAtAnyDateAsKnownAtAnyTime() {
        List<RecordedEvent> events = SyntheticLedger.organisation("kommun-1", 8_000, 200, 11).toList();
        LedgerProjection projection = Projected.from(events);
        QueryPoints points = new QueryPoints(events);
        Random random = new Random(17);
        int markedHolders = 0;

        for (int i = 0; i < 100; i++) {
            LocalDate asOf = points.asOf(random);
            Instant knownAt = points.knownAt(random);
            StructureView structure = projection.structure("kommun-1", asOf, knownAt);

            TreeView tree = projection.tree("kommun-1", asOf, knownAt);

            String question = "on " + asOf + " as known at " + knownAt;
            assertThat(tree.root()).as(question).isEqualTo(structure.root());
            assertThat(tree.illustrative()).as(question)
                    .isEqualTo(projection.illustrativeFacts("kommun-1", asOf, knownAt));
            assertThat(tree.illustrativeHolders()).as(question)
                    .isEqualTo(illustrative(structure.provenance().holders()));
            markedHolders += tree.illustrativeHolders().size();
        }
        assertThat(markedHolders).as("holders marked illustrative over all questions").isPositive();
    }

    private static Set<String> illustrative(Map<String, Provenance> provenance) {
        return provenance.entrySet().stream().filter(entry -> entry.getValue().illustrative())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
