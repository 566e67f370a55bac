package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
