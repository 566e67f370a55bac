package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API tokens and HTTP Basic over HTTP against a real store: issued by an admin, shown once, used as a bearer
 * token with its role, revoked, expired; failed sign-ins limited. Each store runs it in its own subclass.
 */
abstract class ApiTokenContract extends StoreContract {

    private static final String TOKENS = "/api/v1/admin/tokens";

    @Override
    String organisation() {
        return "tokens";
    }

    @Override
    Map<String, Object> contractSettings() {
        return Map.of("ledger.security.sign-in.max-failures-per-user", "5",
                "ledger.security.sign-in.max-failures-per-address", "1000");
    }

    private RunningLedger.Response issue(String name, String role, Instant expiresAt) {
        return ledger.post(TOKENS, "{\"name\":\"%s\",\"role\":\"%s\",\"expiresAt\":\"%s\"}"
                .formatted(name, role, expiresAt));
    }

    private RunningLedger.Response withToken(String token, HttpRequest.Builder request) {
        return ledger.as(null).send(request.header("Authorization", "Bearer " + token));
    }

    private RunningLedger.Response getWithToken(String token, String path) {
        return withToken(token, HttpRequest.newBuilder(URI.create(ledger.baseUrl() + path)).GET());
    }

    private RunningLedger.Response postWithToken(String token, String path, String json) {
        return withToken(token, HttpRequest.newBuilder(URI.create(ledger.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void aReaderTokenReadsAndIsShownOnlyOnce() {
        RunningLedger.Response issued = issue("intranät", "reader", Instant.now().plusSeconds(3600));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.json().get("token").asText();
        String id = issued.json().get("id").asText();
        assertThat(token).startsWith("rlt_").doesNotContain(".");
        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");

        assertThat(getWithToken(token, "/api/v1/organisations/tokens/structure").status()).isEqualTo(200);
        assertThat(postWithToken(token, "/api/v1/organisations/tokens/persons", "{\"id\":\"p\",\"name\":\"P\"}")
                .status()).isEqualTo(403);

        RunningLedger.Response listed = ledger.get(TOKENS);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(id).contains("intranät").contains(RunningLedger.ADMIN)
                .doesNotContain(token).doesNotContain(token.substring(21));
    }

    @Test
    void aRegistrarTokenRecordsUnderItsName() {
        String token = issue("lönesystem", "registrar", Instant.now().plusSeconds(3600)).json().get("token").asText();
        String org = "/api/v1/organisations/tokens";
        RunningLedger.Response decided = postWithToken(token, org + "/decisions", "{\"id\":\"ks-token\","
                + "\"organ\":\"KS\",\"decidedOn\":\"2025-11-24\",\"title\":\"Beslut\",\"illustrative\":true}");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        RunningLedger.Response recorded = postWithToken(token, org + "/decisions/ks-token/changes",
                "{\"changes\":[{\"type\":\"establishUnit\",\"unitId\":\"enhet\",\"name\":\"Enhet\","
                        + "\"kind\":\"kontor\",\"parentId\":\"tokens\",\"effectiveDate\":\"2026-01-01\"}]}");
        assertThat(recorded.status()).as(recorded.toString()).isBetween(200, 201);
        assertThat(postWithToken(token, "/api/v1/organisations", "{\"id\":\"other\",\"name\":\"Other\"}").status())
                .isEqualTo(403);
        assertThat(getWithToken(token, TOKENS).status()).isEqualTo(403);
        assertThat(ledger.get(org + "/units/enhet/history").body()).contains("token:lönesystem");
    }

    @Test
    void aRevokedTokenIsRefusedAndStaysListedWithWhoRevokedIt() {
        RunningLedger.Response issued = issue("revoked", "reader", Instant.now().plusSeconds(3600));
        String token = issued.json().get("token").asText();
        String id = issued.json().get("id").asText();
        assertThat(getWithToken(token, "/api/v1/organisations").status()).isEqualTo(200);

        assertThat(ledger.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + TOKENS + "/" + id)).DELETE())
                .status()).isEqualTo(204);

        RunningLedger.Response refused = getWithToken(token, "/api/v1/organisations");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var listed = ledger.get(TOKENS).json();
        var revoked = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(token1 -> token1.get("id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(revoked.get("revokedBy").asText()).isEqualTo(RunningLedger.ADMIN);
        assertThat(revoked.get("revokedAt").isNull()).isFalse();
        assertThat(ledger.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + TOKENS + "/0123456789abcdef"))
                .DELETE()).status()).isEqualTo(404);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        Instant expiresAt = Instant.now().plusSeconds(2);
        String token = issue("short", "reader", expiresAt).json().get("token").asText();
        assertThat(getWithToken(token, "/api/v1/organisations").status()).isEqualTo(200);
        while (!Instant.now().isAfter(expiresAt.plusMillis(100))) {
            Thread.sleep(100);
        }
        assertThat(getWithToken(token, "/api/v1/organisations").status()).isEqualTo(401);
    }

    @Test
    void aTokenWithAnotherSecretOrOfAnotherShapeIsRefused() {
        String token = issue("forged", "reader", Instant.now().plusSeconds(3600)).json().get("token").asText();
        char last = token.charAt(token.length() - 1);
        String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(getWithToken(forged, "/api/v1/organisations").status()).isEqualTo(401);
        assertThat(getWithToken("rlt_nonsense", "/api/v1/organisations").status()).isEqualTo(401);
        assertThat(getWithToken("a.b.c", "/api/v1/organisations").status()).isEqualTo(401);
    }

    @Test
    void onlyAnAdminIssuesAndOnlyReaderOrRegistrarTokensForALimitedTime() {
        assertThat(issue("admin", "admin", Instant.now().plusSeconds(3600)).status()).isEqualTo(400);
        assertThat(issue("past", "reader", Instant.now().minusSeconds(1)).status()).isEqualTo(400);
        assertThat(issue("forever", "reader", Instant.now().plusSeconds(400L * 24 * 3600)).status()).isEqualTo(400);
        assertThat(ledger.post(TOKENS, "{\"name\":\"\",\"role\":\"reader\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}")
                .json().get("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(ledger.post(TOKENS, "{\"name\":\"x\",\"role\":\"superuser\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}")
                .status()).isEqualTo(400);
        assertThat(ledger.as(RunningLedger.REGISTRAR).post(TOKENS,
                "{\"name\":\"x\",\"role\":\"reader\",\"expiresAt\":\"" + Instant.now().plusSeconds(60) + "\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void repeatedFailedSignInsOfAUserAreRefusedUncheckedWithRetryAfter() {
        String user = RunningLedger.READER;
        for (int i = 0; i < 5; i++) {
            assertThat(basic(user, "wrong-" + i).status()).isEqualTo(401);
        }
        RunningLedger.Response refused = basic(user, RunningLedger.password(user));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/too-many-failed-sign-ins");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(ledger.as(RunningLedger.REGISTRAR).get("/api/v1/organisations").status()).isEqualTo(200);
    }

    private RunningLedger.Response basic(String user, String password) {
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return ledger.as(null).send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + "/api/v1/organisations"))
                .header("Authorization", "Basic " + credentials).GET());
    }
}
