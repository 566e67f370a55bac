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
 * Idempotency-Key on POST over HTTP against a real store: a retry is answered with the first answer and records
 * nothing, sequentially and concurrently; another request under the same key is refused. Each store runs it.
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
}
