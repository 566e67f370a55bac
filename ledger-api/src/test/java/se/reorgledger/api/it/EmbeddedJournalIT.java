package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's journal puts back what the database file lost. The database has come back from kill -9
 * with an older state of its file (docs/reliability.md); here that state is made on purpose, by putting an older
 * copy of the file back while the service is stopped, and the next start must serve every acknowledged event.
 */
class EmbeddedJournalIT {

    @TempDir
    Path folder;

    @Test
    void aDatabaseFileThatCameBackOlderIsBroughtBackToEveryAcknowledgedEvent() throws IOException {
        JsonNode acknowledged = olderFileBackAfter("journal", List.of("asa", "bo", "cecilia"));

        try (RunningLedger ledger = RunningLedger.start(settings())) {
            JsonNode head = ledger.get("/api/v1/ledger/head").json();
            assertThat(head.get("position").asLong()).isEqualTo(acknowledged.get("position").asLong());
            assertThat(head.get("chainHash").asText()).isEqualTo(acknowledged.get("chainHash").asText());
            RunningLedger.Response verified = ledger.get("/api/v1/ledger/verify");
            assertThat(verified.json().get("intact").asBoolean()).as(verified.toString()).isTrue();
            assertThat(ledger.get("/api/v1/organisations/journal/persons/cecilia").status()).isEqualTo(200);
            // The table's numbering went past the restored events: the next append takes a new global index.
            assertThat(created(ledger, "/api/v1/organisations/journal/persons", "{\"id\":\"dan\",\"name\":\"Dan\"}"))
                    .isEqualTo(201);
            assertThat(ledger.get("/api/v1/ledger/verify").json().get("intact").asBoolean()).isTrue();
        }
    }

    @Test
    void aDatabaseFileMovedAsideIsRebuiltFromTheJournalAlone() throws IOException {
        JsonNode acknowledged;
        try (RunningLedger ledger = RunningLedger.start(settings())) {
            assertThat(created(ledger, "/api/v1/organisations", "{\"id\":\"aside\",\"name\":\"Aside kommun\"}"))
                    .isEqualTo(201);
            assertThat(created(ledger, "/api/v1/organisations/aside/persons", "{\"id\":\"asa\",\"name\":\"Åsa\"}"))
                    .isEqualTo(201);
            acknowledged = ledger.get("/api/v1/ledger/head").json();
        }
        Files.move(folder.resolve("ledger.mv.db"), folder.resolve("ledger.mv.db.unopenable"));

        try (RunningLedger ledger = RunningLedger.start(settings())) {
            JsonNode head = ledger.get("/api/v1/ledger/head").json();
            assertThat(head.get("position").asLong()).isEqualTo(acknowledged.get("position").asLong());
            assertThat(head.get("chainHash").asText()).isEqualTo(acknowledged.get("chainHash").asText());
            assertThat(ledger.get("/api/v1/ledger/verify").json().get("intact").asBoolean()).isTrue();
            assertThat(ledger.get("/api/v1/organisations/aside/persons/asa").status()).isEqualTo(200);
        }
    }

    @Test
    void aJournalWithAnAlteredEventIsRefusedAndNothingIsRestoredFromIt() throws IOException {
        olderFileBackAfter("altered", List.of("asa"));
        Path journal = folder.resolve("ledger.journal.ndjson");
        String lines = Files.readString(journal, StandardCharsets.UTF_8);
        Files.writeString(journal, lines.replace("\"sequenceNumber\":0", "\"sequenceNumber\":7"),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RunningLedger.start(settings())).hasStackTraceContaining("of the journal")
                .hasStackTraceContaining("is damaged");
    }

    /**
     * An organisation recorded, a copy of the database file taken, persons recorded, and the copy put back while
     * the service is stopped: what H2 did after some kills. The head acknowledged before the copy was put back.
     */
    private JsonNode olderFileBackAfter(String organisation, List<String> persons) throws IOException {
        Path database = folder.resolve("ledger.mv.db");
        Path older = folder.resolve("older.mv.db");
        try (RunningLedger ledger = RunningLedger.start(settings())) {
            assertThat(created(ledger, "/api/v1/organisations", "{\"id\":\"" + organisation + "\",\"name\":\""
                    + organisation + " kommun\"}")).isEqualTo(201);
        }
        Files.copy(database, older);
        JsonNode acknowledged;
        try (RunningLedger ledger = RunningLedger.start(settings())) {
            for (String person : persons) {
                assertThat(created(ledger, "/api/v1/organisations/" + organisation + "/persons",
                        "{\"id\":\"" + person + "\",\"name\":\"" + person + "\"}")).isEqualTo(201);
            }
            acknowledged = ledger.get("/api/v1/ledger/head").json();
        }
        Files.copy(older, database, StandardCopyOption.REPLACE_EXISTING);
        return acknowledged;
    }

    private Map<String, Object> settings() {
        return Map.of("LEDGER_DATA_DIR", folder.toString());
    }

    private static int created(RunningLedger ledger, String path, String body) {
        return ledger.post(path, body).status();
    }
}
