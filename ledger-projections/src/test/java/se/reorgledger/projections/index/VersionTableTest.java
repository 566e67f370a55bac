package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionTableTest {

    private static final String DISSOLVED = "dissolved";

    private final VersionTable<String> versions = new VersionTable<>(state -> !state.equals(DISSOLVED));

    @Test
    void aDayOutsideEveryVersionInForceNeedsNoLookup() {
        versions.replaceFrom(1, List.of(new VersionTable.Segment<>(10, 20, "Kultur"),
                new VersionTable.Segment<>(20, VersionTable.OPEN, DISSOLVED)));

        assertThat(versions.mayBeInForceOn(9)).isFalse();
        assertThat(versions.mayBeInForceOn(10)).isTrue();
        assertThat(versions.mayBeInForceOn(19)).isTrue();
        assertThat(versions.mayBeInForceOn(20)).isFalse();
        assertThat(versions.atWhenMaybeInForce(25, 1)).isNull();
        assertThat(versions.at(25, 1)).isEqualTo(DISSOLVED);
        assertThat(versions.atWhenMaybeInForce(15, 1)).isEqualTo("Kultur");
    }

    @Test
    void theDaysInForceOnlyWidenSoThatEarlierKnowledgeStaysReachable() {
        versions.replaceFrom(1, List.of(new VersionTable.Segment<>(10, VersionTable.OPEN, "Kultur")));
        // Known from epoch 2: the unit was established later, on day 30, and dissolved on day 40.
        versions.replaceFrom(2, List.of(new VersionTable.Segment<>(30, 40, "Kultur"),
                new VersionTable.Segment<>(40, VersionTable.OPEN, DISSOLVED)));

        assertThat(versions.atWhenMaybeInForce(12, 1)).isEqualTo("Kultur");
        assertThat(versions.atWhenMaybeInForce(12, 2)).isNull();
        assertThat(versions.atWhenMaybeInForce(45, 1)).isEqualTo("Kultur");
        assertThat(versions.atWhenMaybeInForce(45, 2)).isEqualTo(DISSOLVED);
        assertThat(versions.mayBeInForceOn(9)).isFalse();
    }

    @Test
    void anUnchangedSegmentKeepsItsVersionOpenAndAChangedOneIsClosed() {
        versions.replaceFrom(1, List.of(new VersionTable.Segment<>(10, 20, "Kultur"),
                new VersionTable.Segment<>(20, VersionTable.OPEN, "Kultur och fritid")));
        versions.replaceFrom(2, List.of(new VersionTable.Segment<>(10, 20, "Kultur"),
                new VersionTable.Segment<>(20, 25, "Kultur och fritid"),
                new VersionTable.Segment<>(25, VersionTable.OPEN, DISSOLVED)));

        assertThat(versions.size()).isEqualTo(4);
        assertThat(versions.at(15, 2)).isEqualTo("Kultur");
        assertThat(versions.at(30, 1)).isEqualTo("Kultur och fritid");
        assertThat(versions.at(30, 2)).isEqualTo(DISSOLVED);
        assertThat(versions.at(22, 2)).isEqualTo("Kultur och fritid");
    }

    /**
     * A table of hundreds of versions, learnt over hundreds of epochs, some replaced within the epoch that opened
     * them and some closed: at every epoch and on every day it answers what was known then, as read from the
     * segments known at each epoch.
     */
    @Test
    void aLongHistoryAnswersEveryEpochAsItWasKnownThen() {
        Random random = new Random(7);
        List<List<VersionTable.Segment<String>>> known = new ArrayList<>();
        known.add(List.of());
        List<VersionTable.Segment<String>> now = List.of();
        for (int epoch = 1; epoch <= 300; epoch++) {
            int changes = 1 + random.nextInt(2);
            for (int change = 0; change < changes; change++) {
                if (!now.isEmpty() && now.get(now.size() - 1).validTo() == VersionTable.OPEN
                        && random.nextInt(6) == 0) {
                    VersionTable.Segment<String> last = now.get(now.size() - 1);
                    versions.close(epoch, last.validFrom());
                    now = now.subList(0, now.size() - 1);
                } else {
                    now = randomSegments(random);
                    versions.replaceFrom(epoch, now);
                }
            }
            known.add(List.copyOf(now));
        }

        assertThat(versions.size()).isGreaterThan(100);
        for (int epoch = 0; epoch < known.size(); epoch++) {
            for (int day = 0; day < 60; day++) {
                assertThat(versions.at(day, epoch)).as("day %d at epoch %d", day, epoch)
                        .isEqualTo(stateOn(known.get(epoch), day));
            }
        }
    }

    /** A timeline of segments from a random day before day 10 to day 50 or open, in states s0 to s3. */
    static List<VersionTable.Segment<String>> randomSegments(Random random) {
        List<VersionTable.Segment<String>> segments = new ArrayList<>();
        int from = random.nextInt(10);
        while (from < 50) {
            int to = from + 1 + random.nextInt(15);
            boolean last = to >= 50 || random.nextInt(5) == 0;
            segments.add(new VersionTable.Segment<>(from, last ? VersionTable.OPEN : to, "s" + random.nextInt(4)));
            if (last) {
                break;
            }
            from = to;
        }
        return segments;
    }

    private static String stateOn(List<VersionTable.Segment<String>> segments, int day) {
        for (VersionTable.Segment<String> segment : segments) {
            if (segment.validFrom() <= day && day < segment.validTo()) {
                return segment.state();
            }
        }
        return null;
    }
}
