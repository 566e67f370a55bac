package se.reorgledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    private final FailedSignIns failures = new FailedSignIns(3, 5);

    @Test
    void aUserPastItsLimitWaitsUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.retryAfterSeconds("anna", "10.0.0.1", 1_000)).isZero();
            failures.failed("anna", "10.0.0.1", 1_000);
        }
        assertThat(failures.retryAfterSeconds("anna", "10.0.0.2", 1_500)).isEqualTo(60);
        assertThat(failures.retryAfterSeconds("anna", "10.0.0.2", 60_500)).isEqualTo(1);
        assertThat(failures.retryAfterSeconds("anna", "10.0.0.2", 61_000)).isZero();
        assertThat(failures.retryAfterSeconds("bertil", "10.0.0.1", 1_500)).isZero();
    }

    @Test
    void anAddressTryingManyUsersIsLimitedToo() {
        for (int i = 0; i < 5; i++) {
            failures.failed("user" + i, "10.0.0.9", 0);
        }
        assertThat(failures.retryAfterSeconds("someone-else", "10.0.0.9", 10_000)).isEqualTo(50);
        assertThat(failures.retryAfterSeconds(null, "10.0.0.9", 10_000)).isEqualTo(50);
        assertThat(failures.retryAfterSeconds(null, "10.0.0.8", 10_000)).isZero();
    }
}
