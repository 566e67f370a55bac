package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the servlet container and the firewall refuse before any controller is answered as problem+json too;
 * text that is not plain Unicode text is refused in every field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerErrorsIT {

    @TempDir
    static Path folder;

    private static final int MAX_BODY_READ_SECONDS = 4;

    private RunningLedger ledger;
    private int port;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", folder.toString(),
                "ledger.security.max-body-read-time", MAX_BODY_READ_SECONDS + "s"));
        port = URI.create(ledger.baseUrl()).getPort();
        ledger.post("/api/v1/organisations", "{\"id\":\"edges\",\"name\":\"Edges kommun\"}");
        ledger.post("/api/v1/organisations/edges/decisions", "{\"id\":\"ks-1\",\"organ\":\"KS\","
                + "\"decidedOn\":\"2025-11-24\",\"title\":\"Beslut\",\"illustrative\":true}");
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    /** A request written byte for byte, as a client that does not follow HTTP might; the raw answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertProblem(String answer, int status) {
        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":" + status).contains("\"type\":\"/problems/")
                .doesNotContain("<html").doesNotContain("Tomcat").doesNotContain("Exception");
    }

    @Test
    void anEncodedDotDotSlashInAPathIsAProblem() throws IOException {
        assertProblem(raw("GET /api/v1/organisations/%2e%2e%2f/structure HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\n\r\n"), 400);
    }

    @Test
    void anEncodedSlashInAPathIsAProblem() throws IOException {
        assertProblem(raw("GET /api/v1/organisations/a%2Fb/structure HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                400);
    }

    @Test
    void aMalformedRequestLineIsAProblem() throws IOException {
        assertProblem(raw("GET /api/v1/{organisations} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void anOversizedHeaderIsAProblem() throws IOException {
        String answer = raw("GET /api/v1/organisations HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 4");
        assertProblem(answer, Integer.parseInt(answer.substring(9, 12)));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        byte[] body = ("{\"changes\":[{\"type\":\"renameUnit\",\"unitId\":\"edges\",\"name\":\"" + "x".repeat(2_000_000)
                + "\",\"effectiveDate\":\"2026-01-01\"}]}").getBytes(StandardCharsets.UTF_8);
        RunningLedger.Response response = ledger.send(ledger.request("/api/v1/organisations/edges/decisions/ks-1/changes")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/request-too-large");
    }

    @Test
    void aBodyTrickledByASignedInClientIsCutOffAfterTheReadTimeAndNothingIsRecorded() throws Exception {
        String body = "{\"id\":\"p-slow\",\"name\":\"" + "s".repeat(40) + "\"}";
        String credentials = java.util.Base64.getEncoder().encodeToString((RunningLedger.ADMIN + ":"
                + RunningLedger.password(RunningLedger.ADMIN)).getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        String answer;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/organisations/edges/persons HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread trickle = new Thread(() -> {
                try {
                    for (byte b : body.getBytes(StandardCharsets.UTF_8)) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (IOException | InterruptedException cutOff) {
                    // The service closed the connection: what this test waits for.
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            trickle.interrupt();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertProblem(answer, 408);
        assertThat(answer).contains("/problems/request-too-slow");
        // The whole body would take 25 s; the answer came once the read time had passed.
        assertThat(seconds).isGreaterThanOrEqualTo(MAX_BODY_READ_SECONDS - 1).isLessThan(20);
        assertThat(ledger.get("/api/v1/organisations/edges/persons/p-slow").status()).isEqualTo(404);
    }

    @Test
    void anErrorOutsideTheControllersIsAProblemForAnyone() {
        RunningLedger.Response response = ledger.as(null).get("/error");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void textWithControlOrBidiCharactersIsRefusedAndSwedishLettersAreKept() {
        for (String name : new String[] {"Null\\u0000byte", "Esc\\u001b[31m", "Rad\\r\\nbrytning", "Vänd\\u202eamn",
                "Ensam\\ud800"}) {
            RunningLedger.Response refused = ledger.post("/api/v1/organisations/edges/persons",
                    "{\"id\":\"p-bad\",\"name\":\"" + name + "\"}");
            assertThat(refused.status()).as(name + ": " + refused).isEqualTo(400);
            assertThat(refused.json().get("type").asText()).isEqualTo("/problems/invalid-request");
            assertThat(refused.body()).contains("name");
        }
        RunningLedger.Response kept = ledger.post("/api/v1/organisations/edges/persons",
                "{\"id\":\"p-ok\",\"name\":\"Åsa Ölund-Ärlig\"}");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    }

    @Test
    void anOverlongUtf8SequenceIsRefusedNotReadAsASlash() throws IOException {
        byte[] body = "{\"id\":\"p-overlong\",\"name\":\"a\u00c0\u00afb\"}".getBytes(StandardCharsets.ISO_8859_1);
        String credentials = java.util.Base64.getEncoder().encodeToString((RunningLedger.ADMIN + ":"
                + RunningLedger.password(RunningLedger.ADMIN)).getBytes(StandardCharsets.UTF_8));
        String answer = raw("POST /api/v1/organisations/edges/persons HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1));
        assertProblem(answer, 400);
        assertThat(answer).contains("UTF-8");
    }
}
