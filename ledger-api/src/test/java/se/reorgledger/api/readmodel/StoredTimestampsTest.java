package se.reorgledger.api.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredTimestampsTest {

    @Test
    void readsEveryTimeAsAxonsOwnParserDoes() {
        Random random = new Random(11);
        LedgerEventReader.StoredTimestamps times = new LedgerEventReader.StoredTimestamps();
        for (int i = 0; i < 10_000; i++) {
            Instant time = Instant.ofEpochMilli(random.nextLong(-2_000_000_000_000L, 8_000_000_000_000L));
            String stored = DateTimeUtils.formatInstant(time);
            assertThat(times.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored)).isEqualTo(time);
        }
    }

    @Test
    void anyOtherFormGoesToAxonsParser() {
        LedgerEventReader.StoredTimestamps times = new LedgerEventReader.StoredTimestamps();
        for (String stored : List.of("2026-01-01T00:00:00Z", "2026-01-01T00:00:00.123456789Z",
                "2026-01-01T01:00:00.000+01:00", "2024-02-29T12:00:00.000Z")) {
            assertThat(times.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void aDayThatDoesNotExistIsNotReadAsAnother() {
        LedgerEventReader.StoredTimestamps times = new LedgerEventReader.StoredTimestamps();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> times.parse("2025-02-29T12:00:00.000Z"))
                .isInstanceOf(java.time.DateTimeException.class);
    }
}
