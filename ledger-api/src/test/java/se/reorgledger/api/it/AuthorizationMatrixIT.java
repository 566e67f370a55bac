package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Each role against each endpoint: who gets in (any 2xx or a client error that is not about rights), who not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    static final String ORG = "/api/v1/organisations/matrix";

    @TempDir
    static Path folder;

    private RunningLedger ledger;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", folder.toString()));
        recordTheMatrixOrganisation(ledger);
    }

    /** The organisation, decision and person the endpoints of the matrix name. */
    static void recordTheMatrixOrganisation(RunningLedger ledger) {
        ledger.post("/api/v1/organisations", "{\"id\":\"matrix\",\"name\":\"Matrix kommun\"}");
        ledger.post(ORG + "/decisions", "{\"id\":\"ks-1\",\"organ\":\"KS\",\"decidedOn\":\"2025-11-24\","
                + "\"title\":\"Beslut\",\"illustrative\":true}");
        ledger.post(ORG + "/persons", "{\"id\":\"p\",\"name\":\"P\"}");
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    record Endpoint(String method, String path, String body, String leastRole) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/actuator/health", null, null),
            new Endpoint("GET", "/api/v1/ledger/head", null, "reader"),
            new Endpoint("GET", "/api/openapi", null, "reader"),
            new Endpoint("GET", "/api/v1/organisations", null, "reader"),
            new Endpoint("GET", ORG + "/structure", null, "reader"),
            new Endpoint("GET", ORG + "/units", null, "reader"),
            new Endpoint("GET", ORG + "/units/matrix", null, "reader"),
            new Endpoint("GET", ORG + "/units/matrix/history", null, "reader"),
            new Endpoint("GET", ORG + "/units/matrix/decision-trail", null, "reader"),
            new Endpoint("GET", ORG + "/diff?from=2025-01-01&to=2026-01-01", null, "reader"),
            new Endpoint("GET", ORG + "/decisions", null, "reader"),
            new Endpoint("GET", ORG + "/restatements?since=2025-01-01T00:00:00Z", null, "reader"),
            new Endpoint("GET", ORG + "/structure.ttl", null, "reader"),
            new Endpoint("GET", ORG + "/diff.csv?from=2025-01-01&to=2026-01-01", null, "reader"),
            new Endpoint("GET", "/api/v1/vocabulary", null, "reader"),
            new Endpoint("GET", ORG + "/decisions/ks-1", null, "reader"),
            new Endpoint("GET", ORG + "/committees", null, "reader"),
            new Endpoint("GET", ORG + "/assignments", null, "reader"),
            new Endpoint("GET", ORG + "/cooperations", null, "reader"),
            new Endpoint("GET", ORG + "/rules", null, "reader"),
            new Endpoint("GET", ORG + "/chef-roles", null, "reader"),
            new Endpoint("GET", ORG + "/persons/p", null, "reader"),
            new Endpoint("GET", "/api/v1/ledger/verify", null, "reader"),
            new Endpoint("GET", "/api/v1/ledger/export", null, "reader"),
            new Endpoint("GET", "/api/v1/ledger/proof/1", null, "reader"),
            new Endpoint("GET", "/problems/no-cycles", null, "reader"),
            new Endpoint("GET", "/api/v1/admin/projections/rebuild", null, "admin"),
            new Endpoint("POST", "/api/v1/admin/projections/rebuild", "", "admin"),
            new Endpoint("GET", "/api/v1/admin/tokens", null, "admin"),
            new Endpoint("POST", "/api/v1/admin/backups", "", "admin"),
            new Endpoint("GET", "/actuator/prometheus", null, "admin"),
            new Endpoint("POST", "/api/v1/admin/tokens", "{\"name\":\"t\",\"role\":\"reader\","
                    + "\"expiresAt\":\"2000-01-01T00:00:00Z\"}", "admin"),
            new Endpoint("DELETE", "/api/v1/admin/tokens/0123456789abcdef", null, "admin"),
            new Endpoint("POST", ORG + "/decisions", "{\"id\":\"ks-2\",\"organ\":\"KS\",\"decidedOn\":\"2025-11-24\","
                    + "\"title\":\"Beslut\",\"illustrative\":true}", "registrar"),
            new Endpoint("POST", ORG + "/decisions/ks-1/changes?dryRun=true", "{\"changes\":[{\"type\":\"establishUnit\","
                    + "\"unitId\":\"u\",\"name\":\"U\",\"kind\":\"kontor\",\"parentId\":\"matrix\","
                    + "\"effectiveDate\":\"2026-01-01\"}]}", "registrar"),
            new Endpoint("POST", ORG + "/persons", "{\"id\":\"p\",\"name\":\"P\"}", "registrar"),
            new Endpoint("PUT", "/api/v1/documents/44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                    "{}", "registrar"),
            new Endpoint("POST", "/api/v1/documents", "{}", "registrar"),
            new Endpoint("GET", "/api/v1/documents/44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                    null, "reader"),
            new Endpoint("POST", ORG + "/decisions/ks-1/documents", "{\"attachedTo\":\"decision\",\"role\":"
                    + "\"other\",\"name\":\"a.json\",\"sha256\":"
                    + "\"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\"}", "registrar"),
            new Endpoint("PUT", ORG + "/persons/p/name", "{\"name\":\"P\",\"reason\":\"r\"}", "registrar"),
            new Endpoint("POST", "/api/v1/scenario-imports", "", "admin"),
            new Endpoint("POST", "/api/v1/organisations", "{\"id\":\"matrix\",\"name\":\"Igen\"}", "admin"));

    private static final List<String> ROLES = List.of("reader", "registrar", "admin");

    @Test
    void everyRoleReachesExactlyTheEndpointsItsRoleAllows() {
        List<String> wrong = new ArrayList<>();
        String[] users = {null, RunningLedger.READER, RunningLedger.REGISTRAR, RunningLedger.ADMIN};
        List<Endpoint> endpoints = new ArrayList<>(ENDPOINTS);
        // HEAD runs GET's handler: it must pass the same rule, not merely any authentication.
        ENDPOINTS.stream().filter(endpoint -> endpoint.method().equals("GET"))
                .map(endpoint -> new Endpoint("HEAD", endpoint.path(), null, endpoint.leastRole()))
                .forEach(endpoints::add);
        for (Endpoint endpoint : endpoints) {
            for (int level = 0; level < users.length; level++) {
                int status = call(ledger.as(users[level]), endpoint);
                int expected;
                if (endpoint.leastRole() == null) {
                    expected = 200;
                } else if (users[level] == null) {
                    expected = 401;
                } else if (level - 1 < ROLES.indexOf(endpoint.leastRole())) {
                    expected = 403;
                } else {
                    expected = -1;
                }
                boolean ok = expected == -1 ? status != 401 && status != 403 && status < 500 : status == expected;
                if (!ok) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + users[level] + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    static int call(RunningLedger as, Endpoint endpoint) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(as.baseUrl() + endpoint.path()));
        if (endpoint.body() == null) {
            request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(endpoint.body()));
        }
        return as.send(request).status();
    }

    @Test
    void anOperatorSeesTheLedgersMetricsInPrometheusFormat() {
        RunningLedger.Response metrics = ledger.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("ledger_read_models_lag_events ", "ledger_head_position_events ",
                "ledger_read_models_stopped ", "http_server_requests_seconds_bucket",
                // Axon's own (axon-micrometer): commands handled, events appended, the projection's processor.
                "commandBus_successTimer_seconds", "eventStore_allTimer_seconds", "ledger_projection_latency");
    }

    @Test
    void everyAnswerCarriesARequestId() {
        assertThat(ledger.get("/api/v1/organisations").header("X-Request-Id")).isNotBlank();
        assertThat(ledger.send(ledger.request("/actuator/health").header("X-Request-Id", "abc-123").GET())
                .header("X-Request-Id")).isEqualTo("abc-123");
    }
}
