package se.reorgledger.benchmarks.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import se.reorgledger.benchmarks.report.Machine;

/**
 * Authenticated as-of reads over HTTP against a running service, at a number of connections: with an API token,
 * with HTTP Basic, and unauthenticated {@code /actuator/health} as the baseline, in rounds that take turns so that
 * a busy spell of the machine falls on all three alike. Prints requests/s, p50 and p99 of each, and each
 * authenticated way's throughput as a ratio to the baseline's in the same run. Nothing is asserted.
 *
 * <pre>java -jar ledger-benchmarks.jar http --url=http://127.0.0.1:8080 --user=admin --password=...</pre>
 */
public final class HttpReadBenchmark {

    private final PrintStream out;
    private final Map<String, String> options;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpReadBenchmark(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("url", "http://127.0.0.1:8080", "user", "admin",
                "password", "", "connections", "32", "seconds", "10", "rounds", "3",
                "path", "/api/v1/organisations/askersund/structure?asOf=2026-01-01"));
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        new HttpReadBenchmark(options, System.out).run();
    }

    /** One way of asking: a path and the Authorization header sent with it (null: none). */
    private record Way(String name, String path, String authorization) {
    }

    private void run() throws Exception {
        String url = options.get("url");
        int connections = Integer.parseInt(options.get("connections"));
        Duration window = Duration.ofSeconds(Long.parseLong(options.get("seconds")));
        int rounds = Integer.parseInt(options.get("rounds"));
        out.println("HTTP read benchmark: " + options.entrySet().stream()
                .filter(e -> !e.getKey().equals("password")).toList());
        Machine.describe(out, "(not used)");
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (options.get("user") + ":" + options.get("password")).getBytes(StandardCharsets.UTF_8));
        String token = issueToken(url, basic);
        List<Way> ways = List.of(
                new Way("unauthenticated /actuator/health", "/actuator/health", null),
                new Way("as-of structure, API token", options.get("path"), "Bearer " + token),
                new Way("as-of structure, HTTP Basic", options.get("path"), basic));
        for (Way way : ways) {
            int status = send(url, way).statusCode();
            if (status != 200) {
                throw new IllegalStateException(way.name() + " answers " + status + ", not 200");
            }
        }
        out.printf("warming up each way for %d s at %d connections%n", window.toSeconds(), connections);
        for (Way way : ways) {
            load(url, way, connections, window);
        }
        Map<Way, List<long[]>> measured = new LinkedHashMap<>();
        Map<Way, long[]> totals = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Way way : ways) {
                Result result = load(url, way, connections, window);
                out.printf("round %d, %-34s %,9.0f requests/s  p50 %6.2f ms  p99 %6.2f ms  errors %d%n", round,
                        way.name(), result.perSecond(), result.percentile(0.50), result.percentile(0.99),
                        result.errors());
                measured.computeIfAbsent(way, w -> new ArrayList<>()).add(result.latencies());
                long[] total = totals.computeIfAbsent(way, w -> new long[3]);
                total[0] += result.requests();
                total[1] += result.nanos();
                total[2] += result.errors();
            }
        }
        out.println();
        out.printf("%d connections, %d rounds of %d s each, load at the end %s%n", connections, rounds,
                window.toSeconds(), Machine.loadAverage());
        double baseline = 0;
        for (Way way : ways) {
            long[] total = totals.get(way);
            Result all = new Result(total[0], total[1], total[2],
                    measured.get(way).stream().flatMapToLong(Arrays::stream).toArray());
            if (way.authorization() == null) {
                baseline = all.perSecond();
            }
            out.printf("%-34s %,9.0f requests/s  p50 %6.2f ms  p99 %6.2f ms  errors %d  ratio to health %.2f×%n",
                    way.name(), all.perSecond(), all.percentile(0.50), all.percentile(0.99), all.errors(),
                    all.perSecond() / baseline);
        }
    }

    private String issueToken(String url, String basic) throws Exception {
        String body = "{\"name\":\"http benchmark\",\"role\":\"reader\",\"expiresAt\":\""
                + Instant.now().plus(Duration.ofHours(1)) + "\"}";
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/admin/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("issuing a token answered " + issued.statusCode() + ": " + issued.body());
        }
        return new ObjectMapper().readTree(issued.body()).get("token").asText();
    }

    private HttpResponse<byte[]> send(String url, Way way) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + way.path())).GET();
        if (way.authorization() != null) {
            request.header("Authorization", way.authorization());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Result(long requests, long nanos, long errors, long[] latencies) {

        double perSecond() {
            return requests / (nanos / 1e9);
        }

        double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? Double.NaN
                    : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    /** {@code connections} threads, each sending one request after another on its own connection, for the window. */
    private Result load(String url, Way way, int connections, Duration window) throws InterruptedException {
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long end = started + window.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int slot = c;
            latencies[slot] = new long[4096];
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    try {
                        if (send(url, way).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (counts[slot] == latencies[slot].length) {
                        latencies[slot] = Arrays.copyOf(latencies[slot], counts[slot] * 2);
                    }
                    latencies[slot][counts[slot]++] = System.nanoTime() - before;
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long nanos = System.nanoTime() - started;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(all.length, nanos, errors.get(), all);
    }
}
