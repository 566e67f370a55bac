package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import se.reorgledger.api.cli.JarCommands;
import se.reorgledger.api.store.EventTable;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * The ledger against a database superuser who disables the append-only triggers and rewrites rows: after each
 * tampering, on a store of its own, GET /api/v1/ledger/verify and the offline verifier on a fresh export both
 * name the kind and the position. Also the round trips an auditor makes: export and verify offline, prove one
 * event without the export.
 */
class LedgerIntegrityIT {

    static final String ORGANISATIONS = LedgerApiContract.ORGANISATIONS;

    @TempDir
    Path folder;

    enum Store { POSTGRESQL, EMBEDDED }

    /** One way to tamper with a recorded ledger, and what verification must then say: kind, and position of n. */
    record Tampering(String name, Consumer<Recorded> apply, String kind, LongUnaryOperator position) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A position in the middle; the second of a swapped pair is the last but one. */
    static final int P = 3;

    static final List<Tampering> TAMPERINGS = List.of(
            new Tampering("one byte of a payload altered", r -> r.alterPayloadByte(P), "altered", n -> P),
            new Tampering("the recorded time altered", r -> r.sql("UPDATE domain_event_entry SET time_stamp = "
                    + "'2020-01-01T00:00:00Z' WHERE global_index = " + r.globalIndex(P)), "altered", n -> P),
            new Tampering("an event deleted with its link", r -> r.deleteWithLink(P), "removed", n -> P),
            new Tampering("an event deleted, its link kept", r -> r.deleteEventOnly(P), "removed", n -> P),
            new Tampering("the last event deleted with its link", r -> r.deleteWithLink(r.events), "removed",
                    n -> n),
            new Tampering("two payloads swapped", r -> r.swapPayloads(P, r.events - 1), "reordered", n -> P),
            new Tampering("two global indexes swapped", r -> r.swapGlobalIndexes(P, r.events - 1), "reordered",
                    n -> P),
            new Tampering("an event inserted without a link", r -> r.insertEvent(false), "inserted", n -> n + 1),
            new Tampering("an event inserted with a forged link", r -> r.insertEvent(true), "inserted", n -> n + 1),
            new Tampering("an entry hash of the chain changed", r -> r.sql("UPDATE ledger_chain SET entry_hash = '"
                    + "ab".repeat(32) + "' WHERE position = " + P), "chain-mismatch", n -> P),
            new Tampering("the head's digest changed", r -> r.sql("UPDATE ledger_head SET chain_hash = '"
                    + "cd".repeat(32) + "'"), "head-mismatch", n -> n));

    static Stream<Arguments> tamperings() {
        List<String> cheapOnTheEmbeddedDefault = List.of("one byte of a payload altered",
                "an event deleted with its link", "two payloads swapped", "two global indexes swapped",
                "an event inserted without a link");
        return Stream.concat(
                TAMPERINGS.stream().map(t -> Arguments.of(t, Store.POSTGRESQL)),
                TAMPERINGS.stream().filter(t -> cheapOnTheEmbeddedDefault.contains(t.name()))
                        .map(t -> Arguments.of(t, Store.EMBEDDED)));
    }

    @ParameterizedTest(name = "{0}, on {1}")
    @MethodSource("tamperings")
    void everyTamperingIsNamedWithItsPositionByTheServiceAndByTheOfflineVerifier(Tampering tampering, Store store)
            throws IOException {
        try (Recorded recorded = Recorded.on(store, folder)) {
            long expected = tampering.position().applyAsLong(recorded.events);

            recorded.unlock();
            tampering.apply().accept(recorded);

            JsonNode verification = recorded.ledger.get("/api/v1/ledger/verify").json();
            assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isFalse();
            assertThat(verification.get("finding").asText()).as(verification.toString()).isEqualTo(tampering.kind());
            assertThat(verification.get("firstBrokenPosition").asLong()).as(verification.toString())
                    .isEqualTo(expected);
            assertThat(verification.get("findings")).as(verification.toString()).hasSize(1);

            Path export = recorded.export(folder.resolve("export.ndjson"), "");
            Offline offline = Offline.run("verify-export", export.toString());
            assertThat(offline.exitCode()).as(offline.out()).isEqualTo(1);
            assertThat(offline.out()).as(offline.out()).contains("NOT INTACT: 1 finding, the first at position "
                    + expected + ".", "position " + expected + ", " + tampering.kind() + ":");
        }
    }

    @Test
    void aDeletedHeadRowIsReportedNotAnError() throws IOException {
        try (Recorded recorded = Recorded.on(Store.POSTGRESQL, folder)) {
            recorded.unlock();
            recorded.sql("DELETE FROM ledger_head");

            RunningLedger.Response response = recorded.ledger.get("/api/v1/ledger/verify");

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().get("intact").asBoolean()).isFalse();
            assertThat(response.json().get("finding").asText()).isEqualTo("head-mismatch");
            assertThat(response.json().get("findings")).hasSize(1);
        }
    }

    @Test
    void anExportVerifiesOfflineAgainstTheHeadTakenWithItAndAgainstAnEarlierDigest() throws IOException {
        try (Recorded recorded = Recorded.on(Store.POSTGRESQL, folder)) {
            Path earlier = recorded.save("/api/v1/ledger/head", folder.resolve("earlier-head.json"));
            recorded.recordPackage("later", "Senare enheten");
            Path head = recorded.save("/api/v1/ledger/head", folder.resolve("head.json"));
            Path export = recorded.export(folder.resolve("export.ndjson"), "");

            Offline againstHead = Offline.run("verify-export", export.toString(), "--head", head.toString());
            Offline againstEarlier = Offline.run("verify-export", export.toString(), "--head",
                    earlier.toString());
            Offline againstDigest = Offline.run("verify-export", export.toString(), "--digest",
                    recorded.ledger.get("/api/v1/ledger/head").json().get("chainHash").asText());

            assertThat(againstHead.exitCode()).as(againstHead.out()).isZero();
            assertThat(againstHead.out()).contains("Checked " + recorded.eventCount() + " events", "INTACT.",
                    "It matches the digest", "Merkle root");
            assertThat(againstEarlier.exitCode()).as(againstEarlier.out()).isZero();
            assertThat(againstEarlier.out()).contains("newer than the digest");
            assertThat(againstDigest.exitCode()).as(againstDigest.out()).isZero();
            assertThat(recorded.ledger.get("/api/v1/ledger/verify").json().get("intact").asBoolean()).isTrue();
        }
    }

    @Test
    void verificationWhileAppendsGoOnSeesOneConsistentMomentAndFindsNothing() throws Exception {
        try (Recorded recorded = Recorded.on(Store.POSTGRESQL, folder)) {
            ExecutorService appending = Executors.newSingleThreadExecutor();
            Future<?> appends = appending.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    recorded.recordPackage("under-way-" + i, "Enhet " + i);
                }
            });
            int checks = 0;
            while (!appends.isDone() || checks < 3) {
                JsonNode verification = recorded.ledger.get("/api/v1/ledger/verify").json();
                assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
                JsonNode head = recorded.ledger.get("/api/v1/ledger/head").json();
                assertThat(head.get("treeSize").asLong()).isEqualTo(head.get("position").asLong());
                Path export = recorded.export(folder.resolve("export-" + checks + ".ndjson"), "");
                Offline offline = Offline.run("verify-export", export.toString());
                assertThat(offline.exitCode()).as(offline.out()).isZero();
                checks++;
            }
            appends.get();
            appending.shutdown();
        }
    }

    @Test
    void theJarChecksAnExportWithoutStartingTheService() throws Exception {
        Path jar = Path.of("target/reorganisation-ledger.jar");
        assertThat(jar).as("the jar is packaged before the integration tests run").exists();
        try (Recorded recorded = Recorded.on(Store.POSTGRESQL, folder)) {
            Path export = recorded.export(folder.resolve("export.ndjson"), "");
            List<String> lines = Files.readAllLines(export);
            Path tampered = Files.write(folder.resolve("tampered.ndjson"), lines.subList(1, lines.size()));

            Process intact = jarRun(jar, "verify-export", export.toString());
            Process cut = jarRun(jar, "verify-export", tampered.toString());

            String intactOut = new String(intact.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String cutOut = new String(cut.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(intact.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cut.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(intact.exitValue()).as(intactOut).isZero();
            assertThat(intactOut).contains("INTACT.").doesNotContain("Spring", "Started");
            assertThat(cut.exitValue()).as(cutOut).isEqualTo(1);
            assertThat(cutOut).contains("position 1, removed:");
        }
    }

    @Test
    void oneEventIsProvenInThePublishedLedgerWithoutTheExport() throws IOException {
        try (Recorded recorded = Recorded.on(Store.POSTGRESQL, folder)) {
            JsonNode head = recorded.ledger.get("/api/v1/ledger/head").json();
            String root = head.get("merkleRoot").asText();
            Path proof = recorded.save("/api/v1/ledger/proof/" + P, folder.resolve("proof.json"));
            Path export = recorded.export(folder.resolve("export.ndjson"), "");
            Path line = Files.writeString(folder.resolve("event.ndjson"), Files.readAllLines(export).get(P - 1));
            Path otherLine = Files.writeString(folder.resolve("other.ndjson"), Files.readAllLines(export).get(P));

            Offline proven = Offline.run("verify-proof", proof.toString(), "--root", root);
            Offline withLine = Offline.run("verify-proof", proof.toString(), "--root", root, "--event",
                    line.toString());
            Offline otherEvent = Offline.run("verify-proof", proof.toString(), "--root", root, "--event",
                    otherLine.toString());

            assertThat(head.get("treeSize").asLong()).isEqualTo(head.get("position").asLong());
            assertThat(proven.exitCode()).as(proven.out()).isZero();
            assertThat(withLine.exitCode()).as(withLine.out()).isZero();
            assertThat(otherEvent.exitCode()).as(otherEvent.out()).isEqualTo(1);
        }
    }

    @Test
    void anEarlierDigestIsProvenToBeTheFirstPartOfTheLaterLedger() throws IOException {
        try (Recorded recorded = Recorded.on(Store.POSTGRESQL, folder)) {
            JsonNode earlier = recorded.ledger.get("/api/v1/ledger/head").json();
            recorded.recordPackage("later", "Senare enheten");
            JsonNode later = recorded.ledger.get("/api/v1/ledger/head").json();
            Path proof = recorded.save("/api/v1/ledger/consistency?from=" + earlier.get("treeSize").asLong(),
                    folder.resolve("consistency.json"));

            Offline proven = Offline.run("verify-consistency",
                    proof.toString(), "--from-root", earlier.get("merkleRoot").asText(), "--to-root",
                    later.get("merkleRoot").asText());

            assertThat(later.get("treeSize").asLong()).isGreaterThan(earlier.get("treeSize").asLong());
            assertThat(proven.exitCode()).as(proven.out()).isZero();
        }
    }

    @Test
    void aPartOfTheLedgerIsExportedAndVerifiedFromTheChainHashBeforeIt() throws IOException {
        try (Recorded recorded = Recorded.on(Store.EMBEDDED, folder)) {
            Path part = recorded.export(folder.resolve("part.ndjson"), "?from=2&to=" + (recorded.events - 1));

            Offline offline = Offline.run("verify-export", part.toString());

            assertThat(Files.readAllLines(part)).hasSize((int) recorded.events - 2 + 1);
            assertThat(offline.exitCode()).as(offline.out()).isZero();
            assertThat(offline.out()).contains("from position 2 to " + (recorded.events - 1));
        }
    }

    @Test
    void positionsAndSizesTheLedgerDoesNotHaveAreProblemsNotErrors() throws IOException {
        try (Recorded recorded = Recorded.on(Store.EMBEDDED, folder)) {
            long n = recorded.events;
            for (String path : List.of("/api/v1/ledger/proof/0", "/api/v1/ledger/proof/" + (n + 1),
                    "/api/v1/ledger/proof/1?treeSize=" + (n + 1), "/api/v1/ledger/consistency?from=0",
                    "/api/v1/ledger/consistency?from=2&to=1", "/api/v1/ledger/export?from=" + (n + 5))) {
                RunningLedger.Response response = recorded.ledger.get(path);
                assertThat(response.status()).as(path + " " + response).isEqualTo(400);
                assertThat(response.contentType()).as(path).startsWith("application/problem+json");
                assertThat(response.json().get("type").asText()).isEqualTo("/problems/invalid-request");
            }
        }
    }

    private static Process jarRun(Path jar, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** A run of an offline command of the service's jar in this JVM, with what it printed. */
    record Offline(int exitCode, String out) {

        static Offline run(String name, String... arguments) {
            String[] args = Stream.concat(Stream.of(name), Stream.of(arguments)).toArray(String[]::new);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            int exitCode = JarCommands.run(JarCommands.find(args).orElseThrow(), args, print, print);
            return new Offline(exitCode, out.toString(StandardCharsets.UTF_8));
        }
    }

    /** A ledger with a few packages recorded over HTTP, on a store of its own, for one test. */
    static final class Recorded implements AutoCloseable {

        final Store store;
        final PostgresSchema schema;
        final RunningLedger ledger;
        final JdbcTemplate jdbc;
        final long events;

        private Recorded(Store store, PostgresSchema schema, RunningLedger ledger) {
            this.store = store;
            this.schema = schema;
            this.ledger = ledger;
            this.jdbc = new JdbcTemplate(ledger.bean(DataSource.class));
            record();
            this.events = eventCount();
        }

        static Recorded on(Store store, Path folder) throws IOException {
            if (store == Store.POSTGRESQL) {
                PostgresSchema schema = new PostgresSchema();
                return new Recorded(store, schema, RunningLedger.start(schema.settings()));
            }
            Path data = Files.createTempDirectory(folder, "data");
            return new Recorded(store, null, RunningLedger.start(Map.of("LEDGER_DATA_DIR", data.toString())));
        }

        private void record() {
            assertThat(ledger.post(ORGANISATIONS, "{\"id\":\"tamper\",\"name\":\"Tamper kommun\"}").status())
                    .isEqualTo(201);
            assertThat(ledger.post(ORGANISATIONS + "/tamper/decisions", """
                    {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","paragraph":"§ 145",
                     "caseNumber":"KS 2025/321","title":"Ny organisation","illustrative":true}""").status())
                    .isEqualTo(201);
            assertThat(ledger.post(ORGANISATIONS + "/tamper/decisions/ks-1/changes", LedgerApiContract.packageOf(
                    LedgerApiContract.establish("forvaltningen", "Förvaltningen", "forvaltning", "tamper",
                            "2026-01-01"),
                    LedgerApiContract.establish("kontoret", "Kontoret", "kontor", "forvaltningen", "2026-01-01")))
                    .status()).isEqualTo(201);
            recordPackage("avdelningen", "Avdelningen");
            recordPackage("enheten", "Enheten");
            assertThat(eventCount()).as("enough events to tamper in the middle").isGreaterThanOrEqualTo(6);
            // The head is read once before any tampering, as an auditor would have published it.
            ledger.get("/api/v1/ledger/head");
        }

        void recordPackage(String unitId, String name) {
            RunningLedger.Response response = ledger.post(ORGANISATIONS + "/tamper/decisions/ks-1/changes",
                    LedgerApiContract.packageOf(LedgerApiContract.establish(unitId, name, "avdelning", "kontoret",
                            "2026-02-01")));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }

        long eventCount() {
            return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        }

        /** As a superuser: the append-only triggers off, as only a superuser can. */
        void unlock() {
            if (store == Store.POSTGRESQL) {
                for (String table : List.of("domain_event_entry", "ledger_chain", "ledger_head")) {
                    sql("ALTER TABLE " + table + " DISABLE TRIGGER USER");
                }
            }
        }

        /** Also the foreign key from the chain to the events, which even a superuser must switch off. */
        void unlockReferences() {
            sql(store == Store.POSTGRESQL ? "ALTER TABLE domain_event_entry DISABLE TRIGGER ALL"
                    : "SET REFERENTIAL_INTEGRITY FALSE");
        }

        void sql(String statement) {
            jdbc.execute(statement);
        }

        long globalIndex(long position) {
            return jdbc.queryForObject("SELECT global_index FROM ledger_chain WHERE position = ?", Long.class,
                    position);
        }

        void alterPayloadByte(long position) {
            long globalIndex = globalIndex(position);
            byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?",
                    byte[].class, globalIndex);
            payload[payload.length / 2] ^= 0x01;
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", payload, globalIndex);
        }

        void deleteWithLink(long position) {
            long globalIndex = globalIndex(position);
            jdbc.update("DELETE FROM ledger_chain WHERE position = ?", position);
            jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", globalIndex);
        }

        void deleteEventOnly(long position) {
            unlockReferences();
            jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", globalIndex(position));
        }

        void swapPayloads(long p, long q) {
            long first = globalIndex(p);
            long second = globalIndex(q);
            byte[] a = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?",
                    byte[].class, first);
            byte[] b = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?",
                    byte[].class, second);
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", b, first);
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", a, second);
        }

        void swapGlobalIndexes(long p, long q) {
            unlockReferences();
            long first = globalIndex(p);
            long second = globalIndex(q);
            jdbc.update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?", first);
            jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", first, second);
            jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1", second);
        }

        /** A copy of the newest event under a new identity, at the end, with no link or a well-forged one. */
        void insertEvent(boolean withForgedLink) {
            long newest = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                    + "type, time_stamp, payload_type, payload_revision, payload, meta_data) SELECT 'forged-event', "
                    + "aggregate_identifier, sequence_number + 100, type, time_stamp, payload_type, payload_revision, "
                    + "payload, meta_data FROM domain_event_entry WHERE global_index = ?", newest);
            if (withForgedLink) {
                StoredEvent forged = jdbc.queryForObject("SELECT global_index, event_identifier, "
                        + "aggregate_identifier, sequence_number, payload_type, payload_revision, time_stamp, "
                        + "payload, meta_data FROM domain_event_entry WHERE event_identifier = 'forged-event'",
                        EventTable.LEDGER.storedEvent());
                String headChainHash = jdbc.queryForObject("SELECT chain_hash FROM ledger_head", String.class);
                String entryHash = EntryHashing.entryHash(events + 1, forged);
                jdbc.update("INSERT INTO ledger_chain (position, global_index, entry_hash, chain_hash) "
                        + "VALUES (?, ?, ?, ?)", events + 1, forged.globalIndex(), entryHash,
                        EntryHashing.chainHash(headChainHash, entryHash));
            }
        }

        /** GET a JSON document and keep it as the auditor would, in a file. */
        Path save(String path, Path file) throws IOException {
            RunningLedger.Response response = ledger.get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            return Files.writeString(file, response.body());
        }

        /** The export as the bytes the service sent. */
        Path export(Path file, String query) throws IOException {
            HttpRequest request = ledger.request("/api/v1/ledger/export" + query).GET().build();
            try {
                HttpResponse<Path> response = HttpClient.newHttpClient().send(request,
                        HttpResponse.BodyHandlers.ofFile(file));
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/x-ndjson"));
                return response.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            ledger.close();
            if (schema != null) {
                schema.close();
            }
        }
    }
}
