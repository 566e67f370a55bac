package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedAnswersTest {

    private final SharedAnswers shared = new SharedAnswers();

    @Test
    void equalValuesBecomeTheFirstObjectKeptForThem() {
        List<String> first = List.of("d1", "d2");
        List<String> equal = List.of(new String("d1"), new String("d2"));

        assertThat(shared.share(first)).isSameAs(first);
        assertThat(shared.share(equal)).isSameAs(first);
        assertThat(shared.share(List.of("d3"))).isEqualTo(List.of("d3"));
        assertThat(shared.size()).isEqualTo(2);
    }

    @Test
    void letsEverythingGoWhenFullAndKeepsWhatComesNext() {
        for (int i = 0; i < SharedAnswers.MOST + 10; i++) {
            shared.share(Integer.valueOf(i * 2 + 1_000_000));
        }

        assertThat(shared.size()).isPositive().isLessThanOrEqualTo(SharedAnswers.MOST);
    }
}
