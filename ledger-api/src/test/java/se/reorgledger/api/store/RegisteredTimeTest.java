package se.reorgledger.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The store's rule for a migrated append's recorded time, applied under the ledger head lock. */
class RegisteredTimeTest {

    private static final Instant HEAD = Instant.parse("2025-11-19T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aTimeAfterTheHeadAndNotInTheFutureIsTheAppendsRecordedTime() {
        assertThat(RegisteredTime.accepted(Instant.parse("2025-11-20T10:00:00.1234Z"), HEAD, NOW))
                .isEqualTo(Instant.parse("2025-11-20T10:00:00.123Z"));
    }

    @Test
    void theHeadsOwnTimeIsTakenSoThatAnEntrysDecisionAndPackageShareIt() {
        assertThat(RegisteredTime.accepted(HEAD, HEAD, NOW)).isEqualTo(HEAD);
    }

    @Test
    void aTimeBeforeTheHeadIsRefused() {
        assertThatThrownBy(() -> RegisteredTime.accepted(HEAD.minusMillis(1), HEAD, NOW))
                .isInstanceOf(RegisteredTimeRefusedException.class).hasMessageContaining("earlier than the ledger's head");
    }

    @Test
    void aTimeInTheFutureIsRefused() {
        assertThatThrownBy(() -> RegisteredTime.accepted(NOW.plusSeconds(1), null, NOW))
                .isInstanceOf(RegisteredTimeRefusedException.class).hasMessageContaining("later than now");
    }
}
