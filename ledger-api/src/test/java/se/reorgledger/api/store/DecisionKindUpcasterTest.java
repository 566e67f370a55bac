package se.reorgledger.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionRecordedEvent;

/**
 * A decision recorded before decisions had a kind is stored at revision 1 forever; the ledger reads it as a
 * beslut of its organ. The golden file of revision 1 is the form such events have in stored ledgers.
 */
class DecisionKindUpcasterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/events");
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(LedgerObjectMappers.events())
            .build();
    private static final String TYPE = DecisionRecordedEvent.class.getName();

    @Test
    void aDecisionStoredAtRevision1IsReadAsABeslutWithoutDelegation() throws IOException {
        TrackedEventMessage<?> read = read("DecisionRecordedEvent.v1.json", "1", LedgerUpcasters.CHAIN);

        assertThat(read.getPayload()).isEqualTo(new DecisionRecordedEvent("askersund", "ks-2025-11-24-145",
                "Kommunstyrelsen", LocalDate.of(2025, 11, 24), "§ 145", "KS 2025/321", "Ny organisation med kontor",
                true, DecisionKind.beslut, null, null));
        assertThat(read.getPayload()).extracting(event -> ((DecisionRecordedEvent) event).decision().kind())
                .isEqualTo(DecisionKind.beslut);
    }

    @Test
    void withoutTheUpcasterARevision1DecisionWouldHaveNoKind() throws IOException {
        TrackedEventMessage<?> read = read("DecisionRecordedEvent.v1.json", "1", NoOpEventUpcaster.INSTANCE);

        assertThat(((DecisionRecordedEvent) read.getPayload()).kind()).isNull();
    }

    @Test
    void aDecisionStoredAtRevision2IsReadAsStored() throws IOException {
        TrackedEventMessage<?> read = read("DecisionRecordedEvent.v2.json", "2", LedgerUpcasters.CHAIN);

        DecisionRecordedEvent event = (DecisionRecordedEvent) read.getPayload();
        assertThat(event.kind()).isEqualTo(DecisionKind.delegationsbeslut);
        assertThat(event.delegate()).isEqualTo("Kommundirektören");
        assertThat(event.delegationPoint()).isEqualTo("3.2");
    }

    private static TrackedEventMessage<?> read(String golden, String revision, EventUpcaster upcasters)
            throws IOException {
        byte[] payload = Files.readAllBytes(GOLDEN.resolve(golden));
        TrackedDomainEventData<byte[]> stored = new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(1),
                new GenericDomainEventEntry<>("Organisation", "askersund", 1, "event-1", "2025-11-24T10:00:00.000Z",
                        TYPE, revision, payload, "{}".getBytes(StandardCharsets.UTF_8)));
        return EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(stored), SERIALIZER, upcasters).findFirst()
                .orElseThrow();
    }
}
