package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import se.reorgledger.api.readmodel.LedgerEventReader;
import se.reorgledger.api.readmodel.ProjectionFeed;
import se.reorgledger.api.store.EventTable;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * The write API over HTTP against a real store. Each store (the embedded default, PostgreSQL) runs this same
 * contract in its own subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerApiContract {

    static final String ORGANISATIONS = "/api/v1/organisations";

    RunningLedger ledger;

    abstract Map<String, Object> settings();

    @BeforeAll
    void startLedger() {
        ledger = RunningLedger.start(settings());
    }

    @AfterAll
    void stopLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    void restart() {
        ledger.close();
        ledger = RunningLedger.start(settings());
    }

    static String establish(String unitId, String name, String kind, String parentId, String date) {
        return """
                {"type":"establishUnit","unitId":"%s","name":"%s","kind":"%s","parentId":"%s","effectiveDate":"%s"}"""
                .formatted(unitId, name, kind, parentId, date);
    }

    static String packageOf(String... changes) {
        return "{\"changes\":[" + String.join(",", changes) + "]}";
    }

    void registerWithDecision(String org, String decision) {
        assertThat(ledger.post(ORGANISATIONS, "{\"id\":\"%s\",\"name\":\"%s kommun\"}".formatted(org, org)).status())
                .isEqualTo(201);
        assertThat(ledger.post(ORGANISATIONS + "/" + org + "/decisions", """
                {"id":"%s","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","paragraph":"§ 145",
                 "caseNumber":"KS 2025/321","title":"Ny organisation","illustrative":true}""".formatted(decision))
                .status()).isEqualTo(201);
    }

    long headPosition() {
        return ledger.get("/api/v1/ledger/head").json().get("position").asLong();
    }

    @Test
    void aDecisionsPackageIsRecordedAndAnsweredWithWhatItDidAndWhereToReadTheResult() {
        registerWithDecision("recorded", "ks-1");
        RunningLedger.Response response = ledger.post(ORGANISATIONS + "/recorded/decisions/ks-1/changes", packageOf(
                establish("kommunforvaltningen", "Kommunförvaltningen", "forvaltning", "recorded", "2026-01-01"),
                establish("klk", "Kommunledningskontoret", "kontor", "kommunforvaltningen", "2026-01-01")));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("status").asText()).isEqualTo("recorded");
        assertThat(response.json().get("changeIds")).hasSize(2);
        assertThat(response.json().at("/changeTypes/establishUnit").asInt()).isEqualTo(2);
        assertThat(response.json().at("/guidelines/0/guideline").asText()).isEqualTo("kontor-led-by-kontorschef");
        assertThat(response.json().has("structure")).as("the organisation only on request").isFalse();
        String structure = response.json().at("/links/structure").asText();
        assertThat(structure).isEqualTo(ORGANISATIONS + "/recorded/structure?asOf=2026-01-01");
        assertThat(ledger.get(structure).json().at("/root/children/0/children/0/name").asText())
                .isEqualTo("Kommunledningskontoret");
    }

    @Test
    void aPackageAnswerIncludesTheOrganisationWhenAskedAndRefusesAnythingElseToInclude() {
        registerWithDecision("included", "ks-1");
        String path = ORGANISATIONS + "/included/decisions/ks-1/changes?dryRun=true&include=";
        String changes = packageOf(establish("f", "Förvaltningen", "forvaltning", "included", "2026-01-01"));

        RunningLedger.Response withStructure = ledger.post(path + "structure", changes);
        RunningLedger.Response withOther = ledger.post(path + "everything", changes);

        assertThat(withStructure.status()).as(withStructure.toString()).isEqualTo(200);
        assertThat(withStructure.json().at("/structure/children/0/name").asText()).isEqualTo("Förvaltningen");
        assertThat(withOther.status()).isEqualTo(400);
    }

    @Test
    void aRefusedPackageRecordsNothingAndSaysWhyAsProblemJson() {
        registerWithDecision("refused", "ks-1");
        ledger.post(ORGANISATIONS + "/refused/decisions/ks-1/changes", packageOf(
                establish("a", "A", "forvaltning", "refused", "2026-01-01"),
                establish("b", "B", "avdelning", "a", "2026-01-01")));
        long before = headPosition();

        RunningLedger.Response response = ledger.post(ORGANISATIONS + "/refused/decisions/ks-1/changes", packageOf(
                establish("c", "C", "enhet", "b", "2026-02-01"),
                "{\"type\":\"moveUnit\",\"unitId\":\"a\",\"parentId\":\"c\",\"effectiveDate\":\"2026-02-01\"}"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/no-cycles");
        assertThat(response.json().get("detail").asText()).contains("'A'", "2026-02-01");
        assertThat(response.json().at("/violations/0/field").asText()).isEqualTo("changes[1]");
        assertThat(headPosition()).isEqualTo(before);
    }

    @Test
    void clientMistakesAreProblemsWithStableTypesNeverServerErrors() {
        registerWithDecision("mistakes", "ks-1");
        String changes = ORGANISATIONS + "/mistakes/decisions/ks-1/changes";
        record Case(String path, String body, int status, String type) {
        }
        List<Case> cases = List.of(
                new Case(changes, "{", 400, "/problems/invalid-request"),
                new Case(changes, "{\"changes\":[]}", 400, "/problems/invalid-request"),
                new Case(changes, "{\"changes\":[{\"type\":\"moveUnit\",\"unitId\":\"a\",\"parentId\":\"b\","
                        + "\"effectiveDate\":\"2025-13-40\"}]}", 400, "/problems/invalid-request"),
                new Case(changes, "{\"changes\":[{\"type\":\"teleportUnit\"}]}", 400, "/problems/invalid-request"),
                new Case(changes, "{\"changes\":[{\"type\":\"moveUnit\",\"unitId\":\"a\",\"parentID\":\"b\","
                        + "\"effectiveDate\":\"2026-01-01\"}]}", 400, "/problems/invalid-request"),
                new Case(changes, "{\"changes\":[{\"type\":\"moveUnit\",\"unitId\":\"A B\",\"parentId\":\"b\","
                        + "\"effectiveDate\":\"2026-01-01\"}]}", 400, "/problems/invalid-request"),
                new Case(changes, "{\"changes\":[{\"type\":\"establishUnit\",\"unitId\":\"x\",\"name\":\"X\","
                        + "\"kind\":\"sektor\",\"parentId\":\"mistakes\",\"effectiveDate\":\"2026-01-01\"}]}", 400,
                        "/problems/invalid-request"),
                new Case(changes, packageOf(establish("x", "X", "enhet", "nowhere", "2026-01-01")), 422,
                        "/problems/parent-exists"),
                new Case(ORGANISATIONS + "/mistakes/decisions/ks-unknown/changes",
                        packageOf(establish("x", "X", "enhet", "mistakes", "2026-01-01")), 404, "/problems/not-found"),
                new Case(ORGANISATIONS + "/unknown/decisions/ks-1/changes",
                        packageOf(establish("x", "X", "enhet", "unknown", "2026-01-01")), 404, "/problems/not-found"),
                new Case(ORGANISATIONS, "{\"id\":\"mistakes\",\"name\":\"Igen\"}", 409, "/problems/organisation-exists"),
                new Case(ORGANISATIONS + "/mistakes/decisions", "{\"id\":\"ks-1\",\"organ\":\"KF\","
                        + "\"decidedOn\":\"2025-01-01\",\"title\":\"Annat\",\"illustrative\":false}", 409,
                        "/problems/identifier-unused"),
                new Case(ORGANISATIONS + "/mistakes/decisions", "{\"id\":\"ks-2\",\"organ\":\"KF\","
                        + "\"decidedOn\":\"2025-02-30\",\"title\":\"x\"}", 400, "/problems/invalid-request"),
                // Dates outside 1800-01-01..2999-12-31: the read side could not place them on its calendar.
                new Case(changes, packageOf(establish("x", "X", "enhet", "mistakes", "+999999999-12-31")), 400,
                        "/problems/invalid-request"),
                new Case(changes, packageOf(establish("x", "X", "enhet", "mistakes", "3000-01-01")), 400,
                        "/problems/invalid-request"),
                new Case(ORGANISATIONS + "/mistakes/decisions", "{\"id\":\"ks-3\",\"organ\":\"KF\","
                        + "\"decidedOn\":\"1799-12-31\",\"title\":\"x\"}", 400, "/problems/invalid-request"),
                // A field given twice would otherwise be read as its last value, silently.
                new Case(ORGANISATIONS, "{\"id\":\"twice\",\"name\":\"A\",\"name\":\"B\"}", 400,
                        "/problems/invalid-request"),
                new Case(changes, "{\"changes\":[{\"type\":\"moveUnit\",\"unitId\":\"a\",\"unitId\":\"b\","
                        + "\"parentId\":\"b\",\"effectiveDate\":\"2026-01-01\"}]}", 400, "/problems/invalid-request"));
        long before = headPosition();
        for (Case c : cases) {
            RunningLedger.Response response = ledger.post(c.path(), c.body());
            assertThat(response.status()).as(c.body() + " → " + response).isEqualTo(c.status());
            assertThat(response.contentType()).as(c.body()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asText()).as(c.body()).isEqualTo(c.type());
            assertThat(response.body()).doesNotContain("Exception", "at se.", "SQL");
        }
        assertThat(headPosition()).as("nothing was recorded").isEqualTo(before);
    }

    @Test
    void readDatesOutsideTheLedgersCalendarAreProblemsNeverServerErrors() {
        registerWithDecision("far-dates", "ks-1");
        String org = ORGANISATIONS + "/far-dates";
        for (String path : List.of(org + "/structure?asOf=+999999999-12-31", org + "/structure?asOf=3000-01-01",
                org + "/units?asOf=1700-01-01", org + "/diff?from=2025-12-31&to=+999999999-12-31",
                org + "/structure?knownAt=+1000000000-01-01T00:00:00Z")) {
            RunningLedger.Response response = ledger.get(path);

            assertThat(response.status()).as(path + " → " + response).isEqualTo(400);
            assertThat(response.json().get("type").asText()).as(path).isEqualTo("/problems/invalid-request");
        }
    }

    @Test
    void whatIsRecordedIsReadBackAtOnceAsOfItsDate() {
        registerWithDecision("read-back", "ks-1");
        ledger.post(ORGANISATIONS + "/read-back/decisions/ks-1/changes", packageOf(
                establish("kontoret", "Kontoret", "kontor", "read-back", "2026-01-01")));

        assertThat(ledger.get(ORGANISATIONS + "/read-back/structure?asOf=2025-12-31").json()
                .at("/root/children")).isEmpty();
        RunningLedger.Response structure = ledger.get(ORGANISATIONS + "/read-back/structure?asOf=2026-01-01");
        assertThat(structure.json().at("/root/children/0/name").asText()).isEqualTo("Kontoret");
        assertThat(ledger.get(ORGANISATIONS + "/read-back/units/kontoret/history").json().at("/changes/0/decision/id")
                .asText()).isEqualTo("ks-1");
    }

    @Test
    void anAnswerAsKnownAtAPastMomentIsFinalAndCarriesAStrongEtag() throws Exception {
        registerWithDecision("settled", "ks-1");
        ledger.post(ORGANISATIONS + "/settled/decisions/ks-1/changes", packageOf(
                establish("kontoret", "Kontoret", "kontor", "settled", "2026-01-01")));
        String knownAt = java.time.Instant.now().toString();
        ledger.post(ORGANISATIONS + "/settled/decisions/ks-1/changes", packageOf(
                establish("senare", "Senare", "kontor", "settled", "2026-01-01")));

        String path = ORGANISATIONS + "/settled/structure?asOf=2026-01-01&knownAt=" + knownAt;
        RunningLedger.Response first = ledger.get(path);
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        // The strong ETag is the SHA-256 of the very bytes answered.
        assertThat(etag).isEqualTo("\"" + java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))) + "\"");
        assertThat(first.body()).contains("Kontoret").doesNotContain("Senare");
        RunningLedger.Response again = ledger.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(ledger.baseUrl() + path)).header("If-None-Match", etag).GET());
        assertThat(again.status()).isEqualTo(304);
        assertThat(ledger.get(ORGANISATIONS + "/settled/structure?asOf=2026-01-01").header("ETag")).isNull();
    }

    @Test
    void aFinalPageOfDecisionsWithANextLinkIsNotModifiedWhenItsETagIsSent() {
        registerWithDecision("settledpages", "ks-1");
        String decisions = ORGANISATIONS + "/settledpages/decisions";
        String later = """
                {"id":"%s","organ":"Kommunstyrelsen","decidedOn":"2025-12-01","caseNumber":"KS 2025/322",
                 "title":"Senare beslut","illustrative":true}""";
        assertThat(ledger.post(decisions, later.formatted("ks-2")).status()).isEqualTo(201);
        String knownAt = java.time.Instant.now().toString();
        assertThat(ledger.post(decisions, later.formatted("ks-3")).status()).isEqualTo(201);

        // Two decisions recorded by then, a page of one: final, as ks-3 came after, and with a next link.
        String page = decisions + "?limit=1&knownAt=" + knownAt;
        RunningLedger.Response first = ledger.get(page);
        assertThat(first.headers().get("Link").get(0)).contains("rel=\"next\"");
        String etag = first.header("ETag");
        assertThat(etag).isNotNull();
        RunningLedger.Response again = ledger.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(ledger.baseUrl() + page)).header("If-None-Match", etag).GET());
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void badQueriesAreClientErrorsNeverServerErrors() {
        registerWithDecision("queries", "ks-1");
        record Case(String path, int status) {
        }
        List<Case> cases = List.of(
                new Case(ORGANISATIONS + "/queries/structure?asOf=2025-13-40", 400),
                new Case(ORGANISATIONS + "/queries/structure?knownAt=yesterday", 400),
                new Case(ORGANISATIONS + "/queries/diff?from=2026-02-01&to=2026-01-01", 400),
                new Case(ORGANISATIONS + "/queries/diff?from=2026-02-01", 400),
                new Case(ORGANISATIONS + "/nowhere/structure", 404),
                new Case(ORGANISATIONS + "/queries/units/nothing", 404),
                new Case(ORGANISATIONS + "/queries/units/nothing/history", 404),
                new Case(ORGANISATIONS + "/queries/decisions/ks-unknown", 404));
        for (Case c : cases) {
            RunningLedger.Response response = ledger.get(c.path());
            assertThat(response.status()).as(c.path() + " → " + response).isEqualTo(c.status());
            assertThat(response.contentType()).as(c.path()).startsWith("application/problem+json");
        }
    }

    @Test
    void aRebuildOfTheReadModelsEqualsTheLiveOnes() throws InterruptedException {
        registerWithDecision("rebuilt", "ks-1");
        ledger.post(ORGANISATIONS + "/rebuilt/decisions/ks-1/changes", packageOf(
                establish("a", "A", "forvaltning", "rebuilt", "2026-01-01")));
        var structure = ledger.get(ORGANISATIONS + "/rebuilt/structure?asOf=2026-01-01").json().get("root");

        assertThat(ledger.post("/api/v1/admin/projections/rebuild", "").status()).isEqualTo(202);
        com.fasterxml.jackson.databind.JsonNode status = ledger.get("/api/v1/admin/projections/rebuild").json();
        for (int i = 0; i < 200 && !"finished".equals(status.get("state").asText()); i++) {
            Thread.sleep(50);
            status = ledger.get("/api/v1/admin/projections/rebuild").json();
        }
        assertThat(status.get("state").asText()).isEqualTo("finished");
        assertThat(status.at("/result/checksumsMatch").asBoolean()).isTrue();
        assertThat(status.at("/result/liveChecksum").asText()).isEqualTo(status.at("/result/rebuiltChecksum").asText());
        assertThat(ledger.get(ORGANISATIONS + "/rebuilt/structure?asOf=2026-01-01").json().get("root"))
                .isEqualTo(structure);
    }

    @Test
    void theReadModelsReadEveryEventAsTheTrackingProcessorDeliversIt() {
        registerWithDecision("read-twice", "ks-1");
        ledger.post(ORGANISATIONS + "/read-twice/decisions/ks-1/changes", packageOf(
                establish("a", "A", "forvaltning", "read-twice", "2026-01-01"),
                establish("b", "B", "avdelning", "a", "2026-02-01")));
        LedgerEventReader reader = ledger.bean(LedgerEventReader.class);

        List<RecordedEvent> direct = reader.recordedAfter(0, 10_000);
        List<RecordedEvent> throughAxon = reader.after(0, 10_000).stream()
                .map(message -> ProjectionFeed.recorded(message.getPayload(), message, message.trackingToken()))
                .toList();

        assertThat(direct).hasSizeGreaterThanOrEqualTo(5).isEqualTo(throughAxon);
        assertThat(direct).extracting(RecordedEvent::principal).doesNotContainNull();
    }

    @Test
    void restartingTheServiceLosesNothing() {
        registerWithDecision("restarted", "ks-1");
        String firstPackage = packageOf(establish("a", "A", "forvaltning", "restarted", "2026-01-01"));
        assertThat(ledger.post(ORGANISATIONS + "/restarted/decisions/ks-1/changes", firstPackage).status())
                .isEqualTo(201);
        String headBefore = ledger.get("/api/v1/ledger/head").body();
        var structureBefore = ledger.get(ORGANISATIONS + "/restarted/structure?asOf=2026-01-01").json().get("root");
        assertThat(structureBefore.at("/children/0/name").asText()).isEqualTo("A");

        restart();

        assertThat(ledger.get("/api/v1/ledger/head").body()).isEqualTo(headBefore);
        assertThat(ledger.get(ORGANISATIONS + "/restarted/structure?asOf=2026-01-01").json().get("root"))
                .isEqualTo(structureBefore);
        assertThat(ledger.post(ORGANISATIONS + "/restarted/decisions/ks-1/changes", firstPackage).json()
                .get("status").asText()).isEqualTo("alreadyRecorded");
        RunningLedger.Response building = ledger.post(ORGANISATIONS + "/restarted/decisions/ks-1/changes",
                packageOf(establish("b", "B", "avdelning", "a", "2026-01-01")));
        assertThat(building.status()).as(building.toString()).isEqualTo(201);
        assertThat(building.json().get("changeIds").get(0).asText()).isEqualTo("ks-1.2");
    }

    @Test
    void concurrentPackagesAreSerialisedIntoOneUnbrokenChain() throws Exception {
        registerWithDecision("parallel-a", "ks-1");
        registerWithDecision("parallel-b", "ks-1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String org = i % 2 == 0 ? "parallel-a" : "parallel-b";
            String unit = "u" + i;
            statuses.add(pool.submit(() -> ledger.post(ORGANISATIONS + "/" + org + "/decisions/ks-1/changes",
                    packageOf(establish(unit, "Enhet " + unit, "avdelning", org, "2026-01-01"))).status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(201);
        }
        pool.shutdown();

        JdbcTemplate jdbc = new JdbcTemplate(ledger.bean(DataSource.class));
        List<StoredEvent> events = jdbc.query("SELECT " + "global_index, event_identifier, aggregate_identifier, "
                + "sequence_number, payload_type, payload_revision, time_stamp, payload, meta_data "
                + "FROM domain_event_entry ORDER BY global_index", EventTable.LEDGER.storedEvent());
        List<Map<String, Object>> links = jdbc.queryForList(
                "SELECT position, global_index, entry_hash, chain_hash FROM ledger_chain ORDER BY position");
        assertThat(links).hasSameSizeAs(events);
        String chainHash = EntryHashing.GENESIS;
        String previousRecordedAt = "";
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            Map<String, Object> link = links.get(i);
            assertThat(((Number) link.get("position")).longValue()).isEqualTo(i + 1);
            assertThat(((Number) link.get("global_index")).longValue()).isEqualTo(event.globalIndex());
            chainHash = EntryHashing.chainHash(chainHash, EntryHashing.entryHash(i + 1, event));
            assertThat(link.get("chain_hash")).isEqualTo(chainHash);
            boolean sameAppend = i > 0 && event.aggregateIdentifier().equals(events.get(i - 1).aggregateIdentifier())
                    && event.sequenceNumber() == events.get(i - 1).sequenceNumber() + 1
                    && event.recordedAt().equals(previousRecordedAt);
            assertThat(sameAppend || event.recordedAt().compareTo(previousRecordedAt) > 0)
                    .as("position %d is recorded after the append before it", i + 1).isTrue();
            previousRecordedAt = event.recordedAt();
        }
        assertThat(ledger.get("/api/v1/ledger/head").json().get("chainHash").asText()).isEqualTo(chainHash);
    }
}
