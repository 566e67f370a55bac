package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Documents by hash over HTTP against a real store: bytes uploaded and served back, a document attached to a
 * decision and listed with it, a dom refused on a decision with no ruling, and bytes changed in the store behind
 * the service's back found altered on the next read, never served. Each store runs it in its own subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocumentsContract {

    private static final String ORG = "/api/v1/organisations/dokument";
    private static final String DOCUMENTS = "/api/v1/documents/";
    static final int MAX_DOCUMENT_BYTES = 4096;

    RunningLedger ledger;

    abstract Map<String, Object> settings();

    /** Changes the bytes held under {@code sha256} directly in the store, as someone with access to it could. */
    abstract void alterInTheStore(String sha256, byte[] bytes) throws Exception;

    @BeforeAll
    void startLedgerWithADecision() {
        Map<String, Object> settings = new HashMap<>(settings());
        settings.put("LEDGER_MAX_DOCUMENT_BYTES", MAX_DOCUMENT_BYTES);
        ledger = RunningLedger.start(settings);
        created(ledger.post("/api/v1/organisations", "{\"id\":\"dokument\",\"name\":\"Dokumentby kommun\"}"));
        created(ledger.post(ORG + "/decisions", """
                {"id":"ks-1","organ":"Kommunstyrelsen","decidedOn":"2025-11-24","paragraph":"§ 145",
                 "caseNumber":"KS 2025/321","title":"Ny organisation","illustrative":true}"""));
    }

    @AfterAll
    void stopLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    private static void created(RunningLedger.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RunningLedger.Response put(RunningLedger as, String sha256, String mediaType, byte[] bytes) {
        return as.send(HttpRequest.newBuilder(URI.create(as.baseUrl() + DOCUMENTS + sha256))
                .header("Content-Type", mediaType).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void uploadedBytesAreServedBackUnderTheirHashWithTheirMediaType() {
        byte[] utdrag = text("Protokollsutdrag, Kommunstyrelsen 2025-11-24 § 145: Ny organisation med kontor\n");
        String hash = sha256(utdrag);

        RunningLedger.Response kept = put(ledger.as(RunningLedger.REGISTRAR), hash, "text/plain; charset=utf-8",
                utdrag);
        RunningLedger.Response again = put(ledger.as(RunningLedger.REGISTRAR), hash, "text/plain; charset=utf-8",
                utdrag);
        RunningLedger.Response served = ledger.as(RunningLedger.READER).get(DOCUMENTS + hash);

        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        assertThat(kept.json().get("sha256").asText()).isEqualTo(hash);
        assertThat(kept.json().get("size").asLong()).isEqualTo(utdrag.length);
        assertThat(kept.header("Location")).isEqualTo(DOCUMENTS + hash);
        assertThat(again.status()).isEqualTo(200);
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        assertThat(served.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(utdrag);
        assertThat(served.contentType()).isEqualTo("text/plain;charset=utf-8");
        assertThat(served.header("ETag")).isEqualTo("\"" + hash + "\"");
        assertThat(served.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + hash + "\"");
        assertThat(served.header("Content-Security-Policy")).startsWith("sandbox");
        RunningLedger reader = ledger.as(RunningLedger.READER);
        RunningLedger.Response unchanged = reader.send(reader.request(DOCUMENTS + hash)
                .header("If-None-Match", "W/\"other\", \"" + hash + "\"").GET());
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(304);
        assertThat(unchanged.header("Cache-Control")).contains("immutable");
    }

    @Test
    void bytesThatDoNotHashToTheNamedHashAreRefusedAndNothingIsKept() {
        byte[] bytes = text("Ett annat utdrag\n");
        String other = sha256(text("det som var tänkt\n"));

        RunningLedger.Response refused = put(ledger, other, "text/plain", bytes);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/document-hash-mismatch");
        assertThat(refused.json().get("actual").asText()).isEqualTo(sha256(bytes));
        RunningLedger.Response notHeld = ledger.get(DOCUMENTS + other);
        assertThat(notHeld.status()).isEqualTo(404);
        assertThat(notHeld.json().get("type").asText()).isEqualTo("/problems/document-not-held");
    }

    @Test
    void onlyARegistrarUploadsAndADocumentOverTheLimitIsRefused() {
        byte[] bytes = text("Läsaren laddar upp\n");
        byte[] large = new byte[MAX_DOCUMENT_BYTES + 1];

        assertThat(put(ledger.as(RunningLedger.READER), sha256(bytes), "text/plain", bytes).status()).isEqualTo(403);
        RunningLedger.Response tooLarge = put(ledger, sha256(large), "application/octet-stream", large);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asText()).isEqualTo("/problems/request-too-large");
        RunningLedger.Response posted = ledger.send(HttpRequest.newBuilder(
                        URI.create(ledger.baseUrl() + "/api/v1/documents")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.header("Location")).isEqualTo(DOCUMENTS + sha256(bytes));
    }

    @Test
    void aDocumentAttachedToTheDecisionIsListedWithItAndItsBytesServedFromTheLink() {
        byte[] utdrag = text("Protokollsutdrag med bilaga\n");
        String hash = sha256(utdrag);
        created(put(ledger, hash, "text/plain", utdrag));

        RunningLedger.Response attached = ledger.as(RunningLedger.REGISTRAR).post(ORG + "/decisions/ks-1/documents",
                "{\"attachedTo\":\"decision\",\"role\":\"protokollsutdrag\",\"name\":\"Utdrag § 145.txt\","
                        + "\"sha256\":\"" + hash + "\"}");
        RunningLedger.Response again = ledger.post(ORG + "/decisions/ks-1/documents",
                "{\"attachedTo\":\"decision\",\"role\":\"protokollsutdrag\",\"name\":\"Utdrag § 145.txt\","
                        + "\"sha256\":\"" + hash + "\"}");

        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode document : ledger.get(ORG + "/decisions/ks-1").json().get("documents")) {
            if (document.get("sha256").asText().equals(hash)) {
                listed = document;
            }
        }
        assertThat(listed).as("the document in the decision's read").isNotNull();
        assertThat(listed.get("attachedTo").asText()).isEqualTo("decision");
        assertThat(listed.get("role").asText()).isEqualTo("protokollsutdrag");
        assertThat(listed.get("name").asText()).isEqualTo("Utdrag § 145.txt");
        assertThat(listed.get("mediaType").asText()).isEqualTo("text/plain");
        assertThat(listed.get("size").asLong()).isEqualTo(utdrag.length);
        assertThat(listed.get("recordedBy").asText()).isEqualTo(RunningLedger.REGISTRAR);
        RunningLedger.Response bytes = ledger.get(listed.get("href").asText());
        assertThat(bytes.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(utdrag);
    }

    @Test
    void aDomOnADecisionWithNoRulingIsRefusedNamingTheRuleAndAnUnknownDecisionIsNotFound() {
        String dom = "{\"attachedTo\":\"ruling\",\"role\":\"dom\",\"name\":\"Dom.pdf\",\"mediaType\":"
                + "\"application/pdf\",\"size\":1200,\"sha256\":\"" + "ab".repeat(32) + "\"}";

        RunningLedger.Response refused = ledger.post(ORG + "/decisions/ks-1/documents", dom);
        RunningLedger.Response unknown = ledger.post(ORG + "/decisions/ks-404/documents", dom);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/document-attachment");
        assertThat(refused.json().get("detail").asText()).contains("no ruling is recorded");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(ledger.get(ORG + "/decisions/ks-1").json().get("documents").toString()).doesNotContain("ab".repeat(32));
    }

    @Test
    void aDocumentRecordedWhoseBytesWereNeverUploadedIsListedButItsBytesAreNotHeld() {
        String hash = "cd".repeat(32);
        RunningLedger.Response withoutSize = ledger.post(ORG + "/decisions/ks-1/documents",
                "{\"attachedTo\":\"decision\",\"role\":\"other\",\"name\":\"Tjänsteskrivelse.pdf\","
                        + "\"mediaType\":\"application/pdf\",\"sha256\":\"" + hash + "\"}");
        RunningLedger.Response attached = ledger.post(ORG + "/decisions/ks-1/documents",
                "{\"attachedTo\":\"decision\",\"role\":\"other\",\"name\":\"Tjänsteskrivelse.pdf\","
                        + "\"mediaType\":\"application/pdf\",\"size\":31337,\"sha256\":\"" + hash + "\"}");

        assertThat(withoutSize.status()).as(withoutSize.toString()).isEqualTo(400);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        RunningLedger.Response bytes = ledger.get(DOCUMENTS + hash);
        assertThat(bytes.status()).isEqualTo(404);
        assertThat(bytes.json().get("type").asText()).isEqualTo("/problems/document-not-held");
    }

    @Test
    void bytesChangedInTheStoreAreFoundAlteredOnTheNextReadAndNeverServed() throws Exception {
        byte[] reglemente = text("Reglemente för kommunstyrelsen, 1 § Kommunstyrelsen leder och samordnar\n");
        byte[] forged = text("Reglemente för kommunstyrelsen, 1 § Kommunstyrelsen beslutar allt ensam\n");
        String hash = sha256(reglemente);
        created(put(ledger, hash, "text/plain; charset=utf-8", reglemente));
        assertThat(ledger.get(DOCUMENTS + hash).status()).isEqualTo(200);

        alterInTheStore(hash, forged);
        RunningLedger.Response read = ledger.get(DOCUMENTS + hash);

        assertThat(read.status()).as(read.toString()).isEqualTo(500);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.json().get("type").asText()).isEqualTo("/problems/document-altered");
        assertThat(read.json().get("sha256").asText()).isEqualTo(hash);
        assertThat(read.body()).doesNotContain("beslutar allt ensam");
        assertThat(ledger.get("/actuator/prometheus").body()).as("the operator is told")
                .containsPattern("(?m)^ledger_documents_altered_total [1-9]");
    }
}
