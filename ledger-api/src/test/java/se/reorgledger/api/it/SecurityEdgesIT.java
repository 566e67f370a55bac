package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.core.organisation.ChangeVocabulary;

/** The edges of the API: sizes, headers, CORS, and the API inventory (see docs/security.md). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityEdgesIT {

    @TempDir
    static Path data;

    private RunningLedger ledger;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", data.toString()));
        ledger.post("/api/v1/organisations", "{\"id\":\"edges\",\"name\":\"Edges kommun\"}");
        ledger.post("/api/v1/organisations/edges/decisions", "{\"id\":\"ks-1\",\"organ\":\"KS\","
                + "\"decidedOn\":\"2025-11-24\",\"title\":\"Beslut\",\"illustrative\":true}");
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"changes\":[" + "{\"type\":\"renameUnit\",\"unitId\":\"x\",\"name\":\"" + "x".repeat(2_000_000)
                + "\",\"effectiveDate\":\"2026-01-01\"}]}";
        RunningLedger.Response response = ledger.post("/api/v1/organisations/edges/decisions/ks-1/changes", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPackageHoldsABoundedNumberOfChanges() {
        StringBuilder changes = new StringBuilder("{\"changes\":[");
        for (int i = 0; i < 1001; i++) {
            changes.append(i == 0 ? "" : ",").append("{\"type\":\"renameUnit\",\"unitId\":\"edges\",\"name\":\"N")
                    .append(i).append("\",\"effectiveDate\":\"2026-01-01\"}");
        }
        RunningLedger.Response response = ledger.post("/api/v1/organisations/edges/decisions/ks-1/changes",
                changes.append("]}").toString());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("at most 1000 changes");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        RunningLedger.Response response = ledger.get("/api/v1/organisations");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("Cache-Control")).contains("no-cache");
    }

    @Test
    void corsIsClosedUnlessOriginsAreConfigured() {
        RunningLedger.Response preflight = ledger.send(HttpRequest.newBuilder(
                        URI.create(ledger.baseUrl() + "/api/v1/organisations"))
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theApiDescriptionNamesEveryChangeTypeTheApiAccepts() {
        String openApi = ledger.get("/api/openapi").body();
        ChangeVocabulary.types().keySet().forEach(type -> assertThat(openApi).contains("Change_" + type));
    }

    @Test
    void onlyHealthAndInfoOfTheActuatorAreExposed() {
        assertThat(ledger.get("/actuator/env").status()).isIn(403, 404);
        assertThat(ledger.get("/actuator/beans").status()).isIn(403, 404);
    }
}
