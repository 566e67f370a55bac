package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordedTimesTest {

    @Test
    void knownAtIsTheLastEpochAtOrBeforeTheMomentAsked() {
        Random random = new Random(3);
        RecordedTimes times = new RecordedTimes();
        List<Instant> recorded = new ArrayList<>();
        Instant time = Instant.parse("2014-12-01T09:00:00Z");
        for (int i = 0; i < 2_000; i++) {
            // Several per second, some a nanosecond apart, some repeated (one package).
            int step = random.nextInt(4) == 0 ? 0 : random.nextInt(3) == 0 ? 1 : random.nextInt(2_000_000_000);
            time = time.plusNanos(step);
            int epoch = times.epochOf(time);
            if (recorded.isEmpty() || time.isAfter(recorded.get(recorded.size() - 1))) {
                recorded.add(time);
            }
            assertThat(epoch).isEqualTo(recorded.size() - 1);
            assertThat(times.at(epoch)).isEqualTo(time);
        }
        for (int i = 0; i < 5_000; i++) {
            Instant asked = recorded.get(random.nextInt(recorded.size())).plusNanos(random.nextInt(3) - 1);
            int expected = -1;
            for (int e = 0; e < recorded.size() && !recorded.get(e).isAfter(asked); e++) {
                expected = e;
            }
            assertThat(times.knownAt(asked)).as(asked.toString()).isEqualTo(expected);
        }
        assertThat(times.knownAt(Instant.EPOCH)).isEqualTo(RecordedTimes.NOTHING_KNOWN);
    }

    @Test
    void anEarlierTimeIsTakenAsRecordedWithTheLatest() {
        RecordedTimes times = new RecordedTimes();
        times.epochOf(Instant.parse("2026-01-01T10:00:00.5Z"));
        assertThat(times.epochOf(Instant.parse("2026-01-01T10:00:00.4Z"))).isZero();
        assertThat(times.latest()).isZero();
    }
}
