package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The running service on PostgreSQL keeps a checkpoint of its read models: a restart loads it (the health
 * details and the metrics say so) and answers as before; one that was tampered with or is of another ledger is
 * discarded, the read models rebuilt from the events, and the answers are still the same.
 */
class ReadModelCheckpointPostgresIT {

    private static final String STRUCTURE = "/api/v1/organisations/kp/structure?asOf=2026-03-01";

    private final PostgresSchema schema = new PostgresSchema();
    private final PostgresSchema other = new PostgresSchema();
    private RunningLedger ledger;

    @AfterEach
    void cleanUp() {
        if (ledger != null) {
            ledger.close();
        }
        schema.close();
        other.close();
    }

    @Test
    void aRestartLoadsTheCheckpointAndAnswersAsBefore() throws Exception {
        ledger = RunningLedger.start(schema.settings());
        record(ledger, "kp", 3);
        String before = structure(ledger);
        ledger.close();
        ledger = null;
        Path checkpoint = checkpointOf(schema.settings());
        assertThat(checkpoint).as("written at the orderly shutdown").exists();

        ledger = RunningLedger.start(schema.settings());

        JsonNode atStart = readModels(ledger).get("checkpointAtStart");
        assertThat(atStart.get("outcome").asText()).as(atStart.toString()).isEqualTo("loaded");
        assertThat(atStart.get("position").asLong()).isEqualTo(readModels(ledger).get("ledgerHead").asLong());
        assertThat(structure(ledger)).isEqualTo(before);
        assertThat(ledger.get("/actuator/prometheus").body()).contains("ledger_read_models_checkpoint_loaded 1.0");
        record(ledger, "kp2", 1);
        assertThat(ledger.get("/api/v1/organisations/kp2/structure?asOf=2026-03-01").status()).isEqualTo(200);
    }

    @Test
    void aCheckpointIsWrittenWhileTheServiceRunsOnceEnoughEventsHaveBeenApplied() throws Exception {
        Map<String, Object> settings = new HashMap<>(schema.settings());
        settings.put("LEDGER_READ_MODELS_CHECKPOINT_EVERY_EVENTS", "1");
        settings.put("ledger.read-models.checkpoint.check-every", "200ms");
        ledger = RunningLedger.start(settings);
        record(ledger, "kp", 3);
        long position = readModels(ledger).get("readModelPosition").asLong();

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (readModels(ledger).get("checkpointPosition").asLong() < position && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(readModels(ledger).get("checkpointPosition").asLong()).isEqualTo(position);
        assertThat(checkpointOf(settings)).exists();
    }

    @Test
    void aCheckpointBehindTheLedgerIsLoadedAndWhatCameAfterIsTakenIn() {
        ledger = RunningLedger.start(schema.settings());
        record(ledger, "kp", 2);
        ledger.close();
        Map<String, Object> withoutCheckpoints = new HashMap<>(schema.settings());
        withoutCheckpoints.put("LEDGER_READ_MODELS_CHECKPOINT", "off");
        ledger = RunningLedger.start(withoutCheckpoints);
        record(ledger, "kp2", 2);
        String before = structure(ledger);
        long head = readModels(ledger).get("ledgerHead").asLong();
        ledger.close();

        ledger = RunningLedger.start(schema.settings());

        JsonNode atStart = readModels(ledger).get("checkpointAtStart");
        assertThat(atStart.get("outcome").asText()).isEqualTo("loaded");
        assertThat(atStart.get("position").asLong()).isLessThan(head);
        assertThat(readModels(ledger).get("readModelPosition").asLong()).isEqualTo(head);
        assertThat(structure(ledger)).isEqualTo(before);
        assertThat(ledger.get("/api/v1/organisations/kp2/structure?asOf=2026-03-01").status()).isEqualTo(200);
    }

    @Test
    void aTamperedCheckpointIsDiscardedAndTheReadModelsRebuilt() throws Exception {
        ledger = RunningLedger.start(schema.settings());
        record(ledger, "kp", 3);
        String before = structure(ledger);
        ledger.close();
        Path checkpoint = checkpointOf(schema.settings());
        byte[] bytes = Files.readAllBytes(checkpoint);
        // In the section table at the end, which a start reads and checks with the header.
        bytes[bytes.length - 48] ^= 0x01;
        Files.write(checkpoint, bytes);

        ledger = RunningLedger.start(schema.settings());

        JsonNode atStart = readModels(ledger).get("checkpointAtStart");
        assertThat(atStart.get("outcome").asText()).isEqualTo("rejected");
        assertThat(atStart.get("reason").asText()).contains("SHA-256");
        assertThat(structure(ledger)).isEqualTo(before);
        assertThat(ledger.get("/actuator/prometheus").body()).contains("ledger_read_models_checkpoint_rejected 1.0");
    }

    @Test
    void aSectionAlteredAfterTheStartIsNeverServedAndTheReadModelsAreRebuiltFromTheEvents() throws Exception {
        ledger = RunningLedger.start(schema.settings());
        record(ledger, "kp", 3);
        String before = structure(ledger);
        ledger.close();
        Map<String, Object> loadedAtFirstUse = new HashMap<>(schema.settings());
        loadedAtFirstUse.put("LEDGER_READ_MODELS_CHECKPOINT_LOAD_IN_BACKGROUND", "off");
        ledger = RunningLedger.start(loadedAtFirstUse);
        assertThat(readModels(ledger).get("checkpointAtStart").get("outcome").asText()).isEqualTo("loaded");
        assertThat(readModels(ledger).get("checkpointOrganisationsPending").asInt()).isEqualTo(1);
        Path checkpoint = checkpointOf(schema.settings());
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(checkpoint, bytes);

        RunningLedger.Response answer = ledger.get(STRUCTURE);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.json().get("type").asText()).isEqualTo("/problems/read-models-rebuilding");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (ledger.get(STRUCTURE).status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(structure(ledger)).as("rebuilt from the events").isEqualTo(before);
        JsonNode atStart = readModels(ledger).get("checkpointAtStart");
        assertThat(atStart.get("outcome").asText()).isEqualTo("rejected");
        assertThat(atStart.get("reason").asText()).contains("organisation kp").contains("SHA-256");
        assertThat(readModels(ledger).has("rebuildingBecause")).as("ready again").isFalse();
        assertThat(ledger.get("/actuator/prometheus").body()).contains("ledger_read_models_checkpoint_rejected 1.0")
                .contains("ledger_read_models_checkpoint_sections_rejected 1.0");
    }

    @Test
    void aCheckpointOfAnotherLedgerIsDiscarded() throws Exception {
        assertACheckpointOfAnotherLedgerIsRejected(1, "another ledger");
    }

    @Test
    void aCheckpointAheadOfTheLedgerIsDiscarded() throws Exception {
        assertACheckpointOfAnotherLedgerIsRejected(6, "beyond the ledger's head");
    }

    /**
     * Three packages in this ledger, {@code otherPackages} in another whose checkpoint is put in this one's place:
     * the start rejects it for {@code reason} and answers from the events.
     */
    private void assertACheckpointOfAnotherLedgerIsRejected(int otherPackages, String reason) throws Exception {
        ledger = RunningLedger.start(schema.settings());
        record(ledger, "kp", 3);
        String before = structure(ledger);
        ledger.close();
        ledger = RunningLedger.start(other.settings());
        record(ledger, "kp", otherPackages);
        ledger.close();
        Files.copy(checkpointOf(other.settings()), checkpointOf(schema.settings()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ledger = RunningLedger.start(schema.settings());

        JsonNode atStart = readModels(ledger).get("checkpointAtStart");
        assertThat(atStart.get("outcome").asText()).isEqualTo("rejected");
        assertThat(atStart.get("reason").asText()).contains(reason);
        assertThat(structure(ledger)).isEqualTo(before);
    }

    @Test
    void aCheckpointOfALedgerRewrittenSinceIsDiscarded() throws Exception {
        ledger = RunningLedger.start(schema.settings());
        record(ledger, "kp", 3);
        String before = structure(ledger);
        long position = readModels(ledger).get("readModelPosition").asLong();
        ledger.close();
        try (java.sql.Connection connection = schema.connect();
             java.sql.Statement statement = connection.createStatement()) {
            // Only a superuser can: the triggers that keep the chain append-only are bypassed.
            statement.execute("SET session_replication_role = replica");
            statement.execute("UPDATE ledger_chain SET chain_hash = '" + "0".repeat(64) + "' WHERE global_index = "
                    + position);
        }

        ledger = RunningLedger.starting(acceptingAnyHead(schema));
        ledger.awaitReady();

        JsonNode atStart = readModels(ledger).get("checkpointAtStart");
        assertThat(atStart.get("outcome").asText()).isEqualTo("rejected");
        assertThat(atStart.get("reason").asText()).contains("chain hash");
        assertThat(structure(ledger)).isEqualTo(before);
    }

    /** The rewritten head is not the one the witness saw; the operator accepts it, as after a restore. */
    private static Map<String, Object> acceptingAnyHead(PostgresSchema schema) throws Exception {
        Map<String, Object> settings = new HashMap<>(schema.settings());
        try (java.sql.Connection connection = schema.connect();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet head = statement.executeQuery("SELECT position, chain_hash FROM ledger_head")) {
            head.next();
            settings.put("LEDGER_ACCEPT_HEAD", head.getLong(1) + ":" + head.getString(2));
        }
        return settings;
    }

    /** The structure as answered, but for the moment it was asked at. */
    private static String structure(RunningLedger ledger) {
        com.fasterxml.jackson.databind.node.ObjectNode answer =
                (com.fasterxml.jackson.databind.node.ObjectNode) ledger.get(STRUCTURE).json();
        answer.remove("knownAt");
        return answer.toString();
    }

    private static JsonNode readModels(RunningLedger ledger) {
        return ledger.get("/actuator/health").json().at("/components/readModels/details");
    }

    private static Path checkpointOf(Map<String, Object> settings) {
        return Path.of(settings.get("LEDGER_DATA_DIR").toString(), "read-models", "read-models.checkpoint");
    }

    private static void record(RunningLedger ledger, String organisation, int packages) {
        assertThat(ledger.post("/api/v1/organisations", "{\"id\":\"%s\",\"name\":\"%s kommun\"}"
                .formatted(organisation, organisation)).status()).isEqualTo(201);
        assertThat(ledger.post("/api/v1/organisations/" + organisation + "/decisions", """
                {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","paragraph":"§ 1",
                 "caseNumber":"KS 2025/1","title":"Ny organisation","illustrative":true}""").status()).isEqualTo(201);
        for (int i = 0; i < packages; i++) {
            RunningLedger.Response response = ledger.post("/api/v1/organisations/" + organisation
                    + "/decisions/ks-1/changes", LedgerApiContract.packageOf(LedgerApiContract.establish(
                    "enhet-" + i, "Enhet " + i, "forvaltning", organisation, "2026-01-0" + (i + 1))));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }
    }
}
