package se.reorgledger.projections.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionIdsTest {

    @Test
    void isTheListItWasCopiedFromWithItsHashAndEquality() {
        List<String> ids = new ArrayList<>(List.of("d0", "d21071", "d575"));
        DecisionIds copy = DecisionIds.copyOf(ids);
        ids.add("d9");

        assertThat(copy).containsExactly("d0", "d21071", "d575").isEqualTo(List.of("d0", "d21071", "d575"))
                .hasSameHashCodeAs(List.of("d0", "d21071", "d575"));
        assertThat(List.of("d0", "d21071", "d575")).isEqualTo(copy);
        assertThat(copy).isNotEqualTo(DecisionIds.copyOf(List.of("d0", "d575", "d21071")))
                .isNotEqualTo(DecisionIds.copyOf(List.of("d0", "d21071")));
        assertThat(DecisionIds.copyOf(copy)).isSameAs(copy);
        assertThat(new Provenance(copy, true)).isEqualTo(new Provenance(List.of("d0", "d21071", "d575"), true))
                .hasSameHashCodeAs(new Provenance(List.of("d0", "d21071", "d575"), true));
    }

    @Test
    void whatIsKeptOfAProvenanceIsItsOwnAndNotThatOfTheSameDecisionsWithTheOtherFlag() {
        DecisionIds ids = DecisionIds.copyOf(List.of("d1", "d2"));
        Provenance plain = new Provenance(ids, false);
        Provenance illustrative = new Provenance(ids, true);

        plain.keep("plain");
        assertThat(illustrative.kept()).isNull();
        illustrative.keep("illustrative");

        assertThat(plain.kept()).isEqualTo("plain");
        assertThat(new Provenance(ids, false).kept()).as("an equal provenance on the same list").isEqualTo("plain");
        assertThat(illustrative.kept()).isEqualTo("illustrative");
        assertThat(plain).as("not part of the value").isEqualTo(new Provenance(List.of("d1", "d2"), false));
    }

    @Test
    void refusesNullsAndChangesAsListCopyOfDoes() {
        DecisionIds copy = DecisionIds.copyOf(List.of("d1"));

        assertThatThrownBy(() -> DecisionIds.copyOf(Arrays.asList("d1", null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> copy.add("d2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.set(0, "d2")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(DecisionIds.copyOf(List.of())).isEqualTo(List.of());
    }
}
