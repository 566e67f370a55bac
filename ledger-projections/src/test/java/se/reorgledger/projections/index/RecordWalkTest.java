package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionKind;

/** A record's components read as its accessors give them, whether or not this package may name its type. */
class RecordWalkTest {

    private record Hidden(int number, String text) {
    }

    @Test
    void aPublicRecordOfAnotherPackageIsTakenApartInOrder() {
        Decision decision = new Decision("ks-1", "Kommunstyrelsen", LocalDate.of(2025, 1, 2), null, null,
                "Ny organisation", false, DecisionKind.beslut, null, null);
        RecordWalk walk = RecordWalk.of(Decision.class);

        assertThat(walk.componentCount()).isEqualTo(10);
        assertThat(walk.component(decision, 0)).isEqualTo("ks-1");
        assertThat(walk.component(decision, 2)).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(walk.component(decision, 6)).isEqualTo(false);
        assertThat(walk.component(decision, 7)).isEqualTo(DecisionKind.beslut);
        assertThat(walk.name()).isEqualTo(Decision.class.getName().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPrivateRecordIsReadThroughItsHandles() {
        RecordWalk walk = RecordWalk.of(Hidden.class);

        assertThat(walk.component(new Hidden(7, "sju"), 0)).isEqualTo(7);
        assertThat(walk.component(new Hidden(7, "sju"), 1)).isEqualTo("sju");
    }
}
