package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.api.readmodel.LedgerEventReader;
import se.reorgledger.api.readmodel.ProjectionFeed;
import se.reorgledger.api.store.LedgerUpcasters;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.recording.RecordedEvent;

/**
 * A ledger on PostgreSQL that holds a decision stored at revision 1 (before decisions had a kind) beside one at
 * revision 2: the read models' reader reads the first as a beslut and the second as stored, on its one-pass
 * path and through Axon's alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredRevisionsIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/events");
    private static final Path EVENT_STORE = Path.of("src/main/resources/db/migration/common/V1__event_store.sql");

    private PostgresSchema schema;
    private LedgerEventReader reader;

    @BeforeAll
    void storeBothRevisions() throws Exception {
        schema = new PostgresSchema();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                PostgresSchema.URL + (PostgresSchema.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema.name,
                PostgresSchema.USER, PostgresSchema.PASSWORD);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute(Files.readString(EVENT_STORE));
        insert(jdbc, 1, "1", Files.readAllBytes(GOLDEN.resolve("DecisionRecordedEvent.v1.json")));
        insert(jdbc, 2, "2", Files.readAllBytes(GOLDEN.resolve("DecisionRecordedEvent.v2.json")));
        reader = new LedgerEventReader(dataSource, JacksonSerializer.builder()
                .objectMapper(LedgerObjectMappers.events()).build(), LedgerUpcasters.CHAIN,
                LedgerObjectMappers.events());
    }

    private static void insert(JdbcTemplate jdbc, long sequence, String revision, byte[] payload) {
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?,?,?,?,?,?,?,?,?)",
                "event-" + sequence, "askersund-" + sequence, 0, "Organisation", "2025-11-24T10:00:00.000Z",
                DecisionRecordedEvent.class.getName(), revision, payload,
                "{\"principal\":\"kommunsekreteraren\"}".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void aDecisionStoredBeforeDecisionsHadAKindIsReadAsABeslut() {
        List<RecordedEvent> read = reader.recordedAfter(0, 10);

        assertThat(read).extracting(event -> ((DecisionRecordedEvent) event.payload()).kind())
                .containsExactly(DecisionKind.beslut, DecisionKind.delegationsbeslut);
        assertThat(read).extracting(RecordedEvent::principal).containsOnly("kommunsekreteraren");
        assertThat(((DecisionRecordedEvent) read.get(1).payload()).delegate()).isEqualTo("Kommundirektören");
    }

    @Test
    void theOnePassReadAndAxonsReadAgree() {
        List<RecordedEvent> throughAxon = reader.after(0, 10).stream()
                .map(message -> ProjectionFeed.recorded(message.getPayload(), message, message.trackingToken()))
                .toList();

        assertThat(reader.recordedAfter(0, 10)).hasSize(2).isEqualTo(throughAxon);
    }
}
