package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.api.witness.WitnessRefusal;

/**
 * What a crash, a restore or a passing fault of PostgreSQL can do to the service, and what it does not: it never
 * starts on a ledger shorter than the one it served, never answers 500 for a lost connection, stays ready while
 * the database is busy, and never marks an answer final that can still change.
 */
class PostgresDurabilityIT {

    private static final String ORGANISATIONS = "/api/v1/organisations";

    private final List<PostgresSchema> schemas = new ArrayList<>();
    private RunningLedger ledger;

    @AfterEach
    void cleanUp() {
        if (ledger != null) {
            ledger.close();
        }
        schemas.forEach(PostgresSchema::close);
    }

    private PostgresSchema newSchema() {
        PostgresSchema schema = new PostgresSchema();
        schemas.add(schema);
        return schema;
    }

    private void recordSomePackages(String organisation, int packages) {
        assertThat(ledger.post(ORGANISATIONS, "{\"id\":\"%s\",\"name\":\"%s kommun\"}".formatted(organisation,
                organisation)).status()).isEqualTo(201);
        assertThat(ledger.post(ORGANISATIONS + "/" + organisation + "/decisions", """
                {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","paragraph":"§ 145",
                 "caseNumber":"KS 2025/321","title":"Ny organisation","illustrative":true}""").status())
                .isEqualTo(201);
        for (int i = 0; i < packages; i++) {
            RunningLedger.Response response = ledger.post(ORGANISATIONS + "/" + organisation
                    + "/decisions/ks-1/changes", LedgerApiContract.packageOf(LedgerApiContract.establish(
                    "enhet-" + i, "Enhet " + i, "forvaltning", organisation, "2026-01-01")));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }
    }

    private long headPosition() {
        return ledger.get("/api/v1/ledger/head").json().get("position").asLong();
    }

    private static WitnessRefusal refusalOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WitnessRefusal refusal) {
                return refusal;
            }
        }
        throw new AssertionError("the start failed for another reason", failure);
    }

    @Test
    void aStartOnAnEmptiedDatabaseWhoseWitnessRecordsMoreIsRefused() {
        PostgresSchema original = newSchema();
        ledger = RunningLedger.start(original.settings());
        recordSomePackages("witnessed", 3);
        long witnessed = headPosition();
        ledger.close();
        ledger = null;

        // As a database recreated empty under the same name would be (a restore that went wrong, a volume lost).
        original.execute("DROP SCHEMA " + original.name + " CASCADE");
        original.execute("CREATE SCHEMA " + original.name);
        Throwable failure = catchThrowable(() -> RunningLedger.start(original.settings()));

        WitnessRefusal refusal = refusalOf(failure);
        assertThat(refusal).hasMessageContaining("is empty").hasMessageContaining(witnessed + " events");
        assertThat(refusal.action()).contains("LEDGER_ACCEPT_HEAD=0:");
    }

    @Test
    void aStartOnADatabaseRolledBackByEventsIsRefusedUntilAnOperatorAcceptsItsHead() throws Exception {
        PostgresSchema schema = newSchema();
        ledger = RunningLedger.start(schema.settings());
        recordSomePackages("rolled-back", 4);
        long witnessed = headPosition();
        ledger.close();
        ledger = null;
        int removed = 2;
        String acceptedHead = rollBack(schema, witnessed - removed);

        Throwable failure = catchThrowable(() -> RunningLedger.start(schema.settings()));
        assertThat(refusalOf(failure)).hasMessageContaining("the last " + removed + " are missing");

        Map<String, Object> accepting = new HashMap<>(schema.settings());
        accepting.put("LEDGER_ACCEPT_HEAD", acceptedHead);
        ledger = RunningLedger.start(accepting);
        RunningLedger.Response verified = ledger.get("/api/v1/ledger/verify");
        assertThat(verified.json().get("intact").asBoolean()).isTrue();
        assertThat(verified.json().at("/witness/outcome").asText()).isEqualTo("accepted");
        assertThat(headPosition()).isEqualTo(witnessed - removed);
    }

    /** As a restore of an older backup would leave it: the ledger's last events gone; returns the head left. */
    private static String rollBack(PostgresSchema schema, long toPosition) throws Exception {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            // Only a superuser can do this: the triggers that keep the ledger append-only are bypassed.
            statement.execute("SET session_replication_role = replica");
            var head = statement.executeQuery(
                    "SELECT global_index, chain_hash FROM ledger_chain WHERE position = " + toPosition);
            head.next();
            long globalIndex = head.getLong(1);
            String chainHash = head.getString(2);
            statement.execute("DELETE FROM ledger_chain WHERE position > " + toPosition);
            statement.execute("DELETE FROM snapshot_event_entry");
            statement.execute("DELETE FROM domain_event_entry WHERE global_index > " + globalIndex);
            statement.execute("UPDATE ledger_head SET position = " + toPosition + ", global_index = " + globalIndex
                    + ", chain_hash = '" + chainHash + "'");
            return toPosition + ":" + chainHash;
        }
    }

    @Test
    void aLostDatabaseConnectionIsRetriedAndTheWriteRecordedOnce() throws InterruptedException {
        PostgresSchema schema = newSchema();
        ledger = RunningLedger.start(schema.settings());
        recordSomePackages("reconnected", 1);
        long beforeOrdinary = headPosition();
        assertThat(ledger.post(ORGANISATIONS + "/reconnected/decisions/ks-1/changes", LedgerApiContract.packageOf(
                LedgerApiContract.establish("fore", "Före avbrottet", "forvaltning", "reconnected", "2026-01-01")))
                .status()).isEqualTo(201);
        long before = headPosition();
        long eventsOfAPackage = before - beforeOrdinary;

        // Every session of the service is terminated, at moments that meet its pool with connections idle for
        // different times (the pool checks only connections idle for more than half a second).
        int rounds = 8;
        for (int round = 0; round < rounds; round++) {
            Thread.sleep(round * 90L);
            assertThat(schema.terminateServiceConnections()).isPositive();
            RunningLedger.Response response = ledger.post(ORGANISATIONS + "/reconnected/decisions/ks-1/changes",
                    LedgerApiContract.packageOf(LedgerApiContract.establish("efter-" + round,
                            "Efter avbrott " + round, "forvaltning", "reconnected", "2026-01-01")));
            assertThat(response.status()).as("round %d: %s", round, response).isEqualTo(201);
        }

        assertThat(headPosition()).as("each recorded once").isEqualTo(before + rounds * eventsOfAPackage);
    }

    @Test
    void readinessAndReadsAnswerFromMemoryWhileTheLedgerHeadIsLocked() throws Exception {
        PostgresSchema schema = newSchema();
        ledger = RunningLedger.start(schema.settings());
        recordSomePackages("locked", 1);
        HttpClient client = HttpClient.newHttpClient();

        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("LOCK TABLE ledger_head, domain_event_entry IN ACCESS EXCLUSIVE MODE");

            HttpResponse<String> readiness = client.send(HttpRequest.newBuilder(
                            URI.create(ledger.baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
            RunningLedger.Response read = ledger.send(ledger.request(ORGANISATIONS + "/locked/structure")
                    .timeout(Duration.ofSeconds(1)).GET());

            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
            assertThat(read.status()).isEqualTo(200);
            connection.rollback();
        }
    }

    @Test
    void anAnswerMarkedFinalForAPastMomentNeverChangesUnderConcurrentWrites() throws Exception {
        PostgresSchema schema = newSchema();
        ledger = RunningLedger.start(schema.settings());
        recordSomePackages("busy", 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    RunningLedger.Response response = ledger.post(ORGANISATIONS + "/busy/decisions/ks-1/changes",
                            LedgerApiContract.packageOf(LedgerApiContract.establish("w" + writer + "-" + i,
                                    "Enhet " + writer + "-" + i, "forvaltning", "busy", "2026-01-01")));
                    assertThat(response.status()).as(response.toString()).isEqualTo(201);
                    written.incrementAndGet();
                }
            }));
        }
        Map<Instant, String> finalAnswers = new ConcurrentHashMap<>();
        int provisional = 0;
        long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (System.nanoTime() < until) {
            Instant knownAt = Instant.now().minusMillis(30);
            RunningLedger.Response answer = ledger.get(ORGANISATIONS + "/busy/structure?knownAt=" + knownAt);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            if (String.valueOf(answer.header("Cache-Control")).contains("immutable")) {
                finalAnswers.put(knownAt, answer.body());
            } else {
                provisional++;
            }
        }
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get(30, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertThat(written.get()).as("packages written meanwhile").isGreaterThan(10);
        assertThat(finalAnswers).as("answers marked final (%d were not)", provisional).isNotEmpty();
        finalAnswers.forEach((knownAt, body) -> assertThat(
                ledger.get(ORGANISATIONS + "/busy/structure?knownAt=" + knownAt).body())
                .as("the final answer for knownAt=" + knownAt).isEqualTo(body));
    }
}
