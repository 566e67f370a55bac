package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdTest {

    @Test
    void aCanonicalUuidIsKeptAsItsBitsAndWrittenBackAsItWasGiven() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());
            String text = uuid.toString();

            assertThat(EventId.isCanonicalUuid(text)).as(text).isTrue();
            assertThat(EventId.high(text)).as(text).isEqualTo(uuid.getMostSignificantBits());
            assertThat(EventId.low(text)).as(text).isEqualTo(uuid.getLeastSignificantBits());
            assertThat(EventId.text(EventId.high(text), EventId.low(text))).isEqualTo(text);
        }
    }

    @Test
    void anyOtherIdentifierIsNotTakenForOne() {
        for (String id : List.of("", "event-1", "0A000000-0000-0000-0000-000000000000",
                "00000000-0000-0000-0000-0000000000000", "00000000-0000-0000-0000-00000000000",
                "00000000_0000-0000-0000-000000000000", "0000000g-0000-0000-0000-000000000000",
                "{0000000-0000-0000-0000-000000000000")) {
            assertThat(EventId.isCanonicalUuid(id)).as(id).isFalse();
        }
        assertThat(EventId.isCanonicalUuid(null)).isFalse();
    }

    @Test
    void theEntryGivesBackTheIdItRecorded() {
        for (String id : List.of(UUID.randomUUID().toString(), "event-7", "00000000-0000-0000-0000-000000000000")) {
            RecordedFacts facts = new RecordedFacts(1, id, 0, "p") {
            };
            assertThat(facts.eventId()).isEqualTo(id);
        }
        assertThat(new RecordedFacts(1, null, 0, "p") {
        }.eventId()).isNull();
    }
}
