package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Right after a start the read models replay the ledger. A read in that time is answered 503 or in full, never
 * with the part of the ledger replayed so far.
 */
class CatchUpIT {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final int UNITS = 2000;
    private static final int PER_PACKAGE = 100;
    private static final String STRUCTURE = "/api/v1/organisations/stor/units?asOf=2026-01-01";

    @TempDir
    Path dataFolder;

    @Test
    void aReadWhileTheReadModelsCatchUpIsRefusedOrWhole() throws Exception {
        Map<String, Object> settings = new HashMap<>(Map.of("LEDGER_DATA_DIR", dataFolder.toString()));
        try (RunningLedger ledger = RunningLedger.start(settings)) {
            assertThat(ledger.post("/api/v1/organisations", "{\"id\":\"stor\",\"name\":\"Stor kommun\"}").status())
                    .isEqualTo(201);
            assertThat(ledger.post("/api/v1/organisations/stor/decisions", """
                    {"id":"kf-1","organ":"Kommunfullmäktige","decidedOn":"2025-11-24","title":"Stor",
                     "illustrative":true}""").status()).isEqualTo(201);
            for (int first = 0; first < UNITS; first += PER_PACKAGE) {
                String[] changes = IntStream.range(first, first + PER_PACKAGE).mapToObj(i -> LedgerApiContract
                        .establish("u" + i, "Enhet " + i, "forvaltning", "stor", "2026-01-01")).toArray(String[]::new);
                assertThat(ledger.post("/api/v1/organisations/stor/decisions/kf-1/changes",
                        LedgerApiContract.packageOf(changes)).status()).isEqualTo(201);
            }
        }

        int port = ServiceProcess.freePort();
        settings.put("server.port", port);
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<List<Integer>> reads = CompletableFuture.supplyAsync(() -> readUntilWhole(port, started));
        try (RunningLedger restarted = RunningLedger.starting(settings)) {
            started.set(true);
            List<Integer> unitCounts = reads.get(2, TimeUnit.MINUTES);

            assertThat(unitCounts).as("reads answered during and after the start").isNotEmpty();
            int whole = unitCounts.get(unitCounts.size() - 1);
            assertThat(whole).as("the units of the whole ledger").isGreaterThanOrEqualTo(UNITS);
            assertThat(unitCounts).as("every answer (503 counted as -1) holds all %d units, or none", whole)
                    .allMatch(count -> count == whole || count == -1);
            System.out.printf("catch-up: %d reads, %d answered 503 while the read models caught up%n",
                    unitCounts.size(), unitCounts.stream().filter(count -> count == -1).count());
        }
    }

    /** Reads the units as fast as it can until an answer is 200 and the service has started; -1 for each 503. */
    private static List<Integer> readUntilWhole(int port, AtomicBoolean started) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + STRUCTURE))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((RunningLedger.READER + ":"
                        + RunningLedger.password(RunningLedger.READER)).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build();
        List<Integer> counts = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503) {
                    counts.add(-1);
                    continue;
                }
                if (response.statusCode() != 200) {
                    throw new AssertionError("a read during the start answered " + response.statusCode() + ": "
                            + response.body());
                }
                int units = JSON.readTree(response.body()).size();
                counts.add(units);
                if (started.get()) {
                    return counts;
                }
            } catch (java.io.IOException notListeningYet) {
                Thread.onSpinWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return counts;
            }
        }
        return counts;
    }
}
