package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Safe retries and explicit conflicts over HTTP against a real store. Idempotency-Key on POST: a retry is
 * answered with the first answer and records nothing, sequentially and concurrently; another request under the
 * same key is refused. If-Match on a package: recorded only at the organisation's version. Each store runs it.
 */
abstract class IdempotencyContract extends StoreContract {

    private static final String PERSONS = "/api/v1/organisations/idem/persons";

    @Override
    String organisation() {
        return "idem";
    }

    private RunningLedger.Response post(String key, String json) {
        return ledger.send(ledger.request(PERSONS).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private long head() {
        return ledger.get("/api/v1/ledger/head").json().get("position").asLong();
    }

    @Test
    void aRetryReplayedAHundredTimesRecordsOnceAndAnswersAsTheFirstTime() {
        long before = head();
        RunningLedger.Response first = post("key-sequential", "{\"id\":\"anna\",\"name\":\"Anna Åberg\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        for (int i = 0; i < 100; i++) {
            RunningLedger.Response again = post("key-sequential", "{\"id\":\"anna\",\"name\":\"Anna Åberg\"}");
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.header("Location")).isEqualTo(first.header("Location"));
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(head()).isEqualTo(before + 1);
    }

    @Test
    void concurrentRetriesRecordOnceAndTheOthersAreToldToWaitOrGetTheSameAnswer() throws Exception {
        long before = head();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<RunningLedger.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(pool.submit(() -> post("key-concurrent", "{\"id\":\"bo\",\"name\":\"Bo Ek\"}")));
            }
            String recorded = null;
            int created = 0;
            for (Future<RunningLedger.Response> answer : answers) {
                RunningLedger.Response response = answer.get();
                assertThat(response.status()).as(response.toString()).isIn(201, 409);
                if (response.status() == 201) {
                    created++;
                    recorded = recorded == null ? response.body() : recorded;
                    assertThat(response.body()).isEqualTo(recorded);
                } else {
                    assertThat(response.json().get("type").asText()).isEqualTo("/problems/idempotency-key-in-flight");
                    assertThat(response.header("Retry-After")).isEqualTo("1");
                }
            }
            assertThat(created).isPositive();
        } finally {
            pool.shutdown();
        }
        assertThat(head()).isEqualTo(before + 1);
        assertThat(post("key-concurrent", "{\"id\":\"bo\",\"name\":\"Bo Ek\"}").status()).isEqualTo(201);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndRecordsNothing() {
        assertThat(post("key-other", "{\"id\":\"cilla\",\"name\":\"Cilla\"}").status()).isEqualTo(201);
        long before = head();
        RunningLedger.Response refused = post("key-other", "{\"id\":\"dan\",\"name\":\"Dan\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void anotherPrincipalsKeyIsItsOwn() {
        assertThat(post("key-shared", "{\"id\":\"eva\",\"name\":\"Eva\"}").status()).isEqualTo(201);
        RunningLedger.Response other = ledger.as(RunningLedger.REGISTRAR).send(ledger.as(RunningLedger.REGISTRAR)
                .request(PERSONS).header("Content-Type", "application/json").header("Idempotency-Key", "key-shared")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"eva\",\"name\":\"Eva\"}")));
        // Carried out, not replayed: the person exists, so the ledger's own rule answers.
        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(other.status()).isNotEqualTo(201);
    }

    @Test
    void aKeyThatIsNotTextIsRefused() {
        RunningLedger.Response refused = ledger.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + PERSONS))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (RunningLedger.ADMIN + ":" + RunningLedger.password(RunningLedger.ADMIN)).getBytes()))
                .header("Content-Type", "application/json").header("Idempotency-Key", "x".repeat(300))
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"fia\",\"name\":\"Fia\"}")));
        assertThat(refused.status()).isEqualTo(400);
    }

    private static final String ORGANISATION = "/api/v1/organisations/idem";

    private RunningLedger.Response conditionalPackage(String decision, String ifMatch, String unitId) {
        HttpRequest.Builder request = ledger.request(ORGANISATION + "/decisions/" + decision + "/changes")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LedgerApiContract.packageOf(LedgerApiContract.establish(
                        unitId, "Enhet " + unitId, "forvaltning", "idem", "2026-01-01"))));
        return ledger.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    private String version() {
        RunningLedger.Response organisation = ledger.get(ORGANISATION);
        assertThat(organisation.status()).as(organisation.toString()).isEqualTo(200);
        assertThat(organisation.header("ETag")).isEqualTo("\"" + organisation.json().get("version").asLong() + "\"");
        return organisation.header("ETag");
    }

    private void recordDecision(String id) {
        assertThat(ledger.post(ORGANISATION + "/decisions", "{\"id\":\"%s\",\"organ\":\"KS\",".formatted(id)
                + "\"decidedOn\":\"2025-11-24\",\"title\":\"Beslut\",\"illustrative\":true}").status())
                .isEqualTo(201);
    }

    @Test
    void aPackageConditionalOnTheCurrentVersionIsRecordedAndAStaleOneIsRefusedNamingWhatCameBetween() {
        recordDecision("ks-if-1");
        recordDecision("ks-if-2");
        String seen = version();
        assertThat(conditionalPackage("ks-if-1", seen, "if-first").status()).isEqualTo(201);
        String afterFirst = version();
        assertThat(afterFirst).isNotEqualTo(seen);
        long before = head();

        RunningLedger.Response stale = conditionalPackage("ks-if-2", seen, "if-second");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("type").asText()).isEqualTo("/problems/organisation-changed-since");
        assertThat(stale.json().get("currentVersion").asText()).isEqualTo(afterFirst.replace("\"", ""));
        assertThat(stale.json().get("recordedSince").findValuesAsText("decision")).isNotEmpty()
                .allMatch("ks-if-1"::equals);
        assertThat(head()).as("nothing recorded").isEqualTo(before);
        assertThat(conditionalPackage("ks-if-2", afterFirst, "if-second").status()).isEqualTo(201);
    }

    @Test
    void aConditionalPackageSentAgainAfterItWasRecordedIsAnsweredAsAlreadyRecorded() {
        recordDecision("ks-if-3");
        String seen = version();
        assertThat(conditionalPackage("ks-if-3", seen, "if-resent").status()).isEqualTo(201);
        long before = head();

        RunningLedger.Response again = conditionalPackage("ks-if-3", seen, "if-resent");

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("alreadyRecorded");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void aVersionNotYetReachedOrAMalformedIfMatchRecordsNothing() {
        recordDecision("ks-if-4");
        long current = Long.parseLong(version().replace("\"", ""));
        long before = head();

        RunningLedger.Response future = conditionalPackage("ks-if-4", "\"" + (current + 5) + "\"", "if-future");
        RunningLedger.Response weak = conditionalPackage("ks-if-4", "W/\"" + current + "\"", "if-weak");
        RunningLedger.Response garbage = conditionalPackage("ks-if-4", "version 3", "if-garbage");

        assertThat(future.status()).as(future.toString()).isEqualTo(412);
        assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
        assertThat(weak.json().get("type").asText()).isEqualTo("/problems/invalid-if-match");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(head()).isEqualTo(before);
        assertThat(conditionalPackage("ks-if-4", "*", "if-any").status()).isEqualTo(201);
    }

    @Test
    void theOrganisationsVersionIsItsETagAndAnUnchangedOneIsAnswered304() {
        String etag = version();

        RunningLedger.Response unchanged = ledger.send(ledger.request(ORGANISATION).header("If-None-Match", etag)
                .GET());

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(ledger.get("/api/v1/organisations/nobody").status()).isEqualTo(404);
    }
}
