package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Migrated history over HTTP on PostgreSQL: an admin's import keeps the times the entries were registered, so
 * "known at" shows the migrated ledger as it was; a registrar's is refused, and so is history older than the
 * ledger's head. Each refused import records nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigratedImportIT {

    private final PostgresSchema schema = new PostgresSchema();
    private RunningLedger ledger;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(schema.settings());
    }

    @AfterAll
    void stop() {
        ledger.close();
        schema.close();
    }

    private static String file(String organisation, String first, String second) {
        try (java.io.InputStream in = MigratedImportIT.class.getResourceAsStream("/scenarios/migrerad.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).formatted(organisation, first, second);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RunningLedger.Response importAs(String user, String yaml) {
        return ledger.as(user).send(HttpRequest.newBuilder(
                        URI.create(ledger.baseUrl() + "/api/v1/scenario-imports?file=migrerad.yaml"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)));
    }

    @Test
    void migratedHistoryIsAdminOnlyKeepsItsTimesAndRefusesToGoBeforeTheHead() throws SQLException {
        RunningLedger.Response byRegistrar = importAs(RunningLedger.REGISTRAR,
                file("migrerad", "2025-01-11T09:00:00Z", "2025-03-11T09:00:00Z"));
        // Every scenario import is an admin's (the role check answers before the migration's own rule could).
        assertThat(byRegistrar.status()).isEqualTo(403);
        assertThat(byRegistrar.json().get("type").asText()).isIn("/problems/forbidden",
                "/problems/migration-needs-admin");
        assertThat(ledger.get("/api/v1/organisations/migrerad/structure").status()).isEqualTo(404);

        assertThat(importAs(RunningLedger.ADMIN, file("migrerad", "2025-01-11T09:00:00Z", "2025-03-11T09:00:00Z"))
                .status()).isEqualTo(200);
        JsonNode january = ledger.get("/api/v1/organisations/migrerad/structure?asOf=2025-04-01"
                + "&knownAt=2025-02-01T00:00:00Z").json();
        JsonNode march = ledger.get("/api/v1/organisations/migrerad/structure?asOf=2025-04-01"
                + "&knownAt=2025-03-11T09:00:00Z").json();
        assertThat(january.toString()).contains("Förvaltningen").doesNotContain("Avdelningen");
        assertThat(march.toString()).contains("Förvaltningen", "Avdelningen");
        assertThat(metaDataOfEveryEvent()).allSatisfy(metaData -> assertThat(metaData)
                .contains("\"registeredAt\"", "\"migratedBy\":\"" + RunningLedger.ADMIN + "\"", "\"migratedAt\"",
                        "\"migratedFrom\":\"migrerad.yaml\"", "\"migratedFileSha256\""));

        RunningLedger.Response beforeTheHead = importAs(RunningLedger.ADMIN,
                file("senare", "2025-02-01T00:00:00Z", "2025-02-02T00:00:00Z"));
        assertThat(beforeTheHead.status()).isEqualTo(422);
        assertThat(beforeTheHead.body()).contains("registered-at");
        assertThat(ledger.get("/api/v1/organisations/senare/structure").status()).isEqualTo(404);
    }

    private java.util.List<String> metaDataOfEveryEvent() throws SQLException {
        java.util.List<String> all = new java.util.ArrayList<>();
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT meta_data FROM domain_event_entry")) {
            while (rows.next()) {
                all.add(new String(rows.getBytes(1), StandardCharsets.UTF_8));
            }
        }
        assertThat(all).isNotEmpty();
        return all;
    }
}
