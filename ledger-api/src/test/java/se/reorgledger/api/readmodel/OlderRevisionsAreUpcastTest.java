package se.reorgledger.api.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.recording.RecordedEvent;

/**
 * The read models' reader reads an event at its class's current revision straight, and one stored at an older
 * revision through the upcasters: both come out as the current event, in the ledger's order, on both of its
 * paths. A new revision of one event type must not send the whole ledger through the slow path, nor let an old
 * payload be read as if it were current.
 */
class OlderRevisionsAreUpcastTest {

    private static final String PERSON = PersonRegisteredEvent.class.getName();

    /** How many events were handed to the upcasters. */
    private final AtomicInteger offeredToUpcasters = new AtomicInteger();

    /** Revision 0 of a person's registration, as a test: it called the name "fullName". */
    private final SingleEventUpcaster fullNameToName = new SingleEventUpcaster() {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            offeredToUpcasters.incrementAndGet();
            return event.getType().equals(new SimpleSerializedType(PERSON, "0"));
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(new SimpleSerializedType(PERSON, "1"), JsonNode.class, node -> {
                ObjectNode object = (ObjectNode) node;
                object.set("name", object.remove("fullName"));
                return object;
            });
        }
    };

    private JdbcTemplate jdbc;
    private LedgerEventReader reader;

    @BeforeEach
    void ledgerWithOneOldAndTwoCurrentEvents() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:revisions-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        JacksonSerializer serializer = JacksonSerializer.builder().revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(getClass().getClassLoader()))
                .objectMapper(LedgerObjectMappers.events()).build();
        reader = new LedgerEventReader(dataSource, serializer, fullNameToName, LedgerObjectMappers.events());
        store(1, "1", "{\"organisationId\":\"o\",\"personId\":\"anna\",\"name\":\"Anna\"}");
        store(2, "0", "{\"organisationId\":\"o\",\"personId\":\"bo\",\"fullName\":\"Bo Ek\"}");
        store(3, "1", "{\"organisationId\":\"o\",\"personId\":\"cia\",\"name\":\"Cia\"}");
    }

    @Test
    void theReadModelsPathReadsEachAtItsRevision() {
        List<RecordedEvent> events = reader.recordedAfter(0, 10);

        assertThat(events).extracting(RecordedEvent::position).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(RecordedEvent::payload).containsExactly(
                new PersonRegisteredEvent("o", "anna", "Anna"), new PersonRegisteredEvent("o", "bo", "Bo Ek"),
                new PersonRegisteredEvent("o", "cia", "Cia"));
        assertThat(events.get(1).principal()).isEqualTo("registrar");
        assertThat(events.get(1).recordedAt()).isEqualTo(events.get(0).recordedAt());
        assertThat(offeredToUpcasters).as("only the event at an older revision is upcast").hasValue(1);
    }

    @Test
    void theMessagesPathReadsEachAtItsRevision() {
        List<TrackedEventMessage<?>> messages = reader.after(0, 10);

        assertThat(messages.stream().map(message -> (Object) message.getPayload()).toList()).containsExactly(
                new PersonRegisteredEvent("o", "anna", "Anna"), new PersonRegisteredEvent("o", "bo", "Bo Ek"),
                new PersonRegisteredEvent("o", "cia", "Cia"));
        assertThat(offeredToUpcasters).as("only the event at an older revision is upcast").hasValue(1);
    }

    private void store(long globalIndex, String revision, String payload) {
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                + "VALUES (?, ?, 'o', ?, 'Organisation', '2026-01-05T09:30:00.123Z', ?, ?, ?, ?)", globalIndex,
                "event-" + globalIndex, globalIndex - 1, PERSON, revision, payload.getBytes(StandardCharsets.UTF_8),
                "{\"principal\":\"registrar\"}".getBytes(StandardCharsets.UTF_8));
    }
}
