package se.reorgledger.benchmarks.http;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String token = ReaderToken.issue(client, url, basic, "http benchmark", "reader");
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
        Map<Way, List<ClosedLoop.Result>> measured = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Way way : ways) {
                ClosedLoop.Result result = load(url, way, connections, window);
                out.printf("round %d, %-34s %,9.0f requests/s  p50 %6.2f ms  p99 %6.2f ms  errors %d%n", round,
                        way.name(), result.perSecond(), result.percentile(0.50), result.percentile(0.99),
                        result.errors());
                measured.computeIfAbsent(way, w -> new ArrayList<>()).add(result);
            }
        }
        out.println();
        out.printf("%d connections, %d rounds of %d s each, load at the end %s%n", connections, rounds,
                window.toSeconds(), Machine.loadAverage());
        double baseline = 0;
        for (Way way : ways) {
            ClosedLoop.Result all = ClosedLoop.Result.pooled(measured.get(way));
            if (way.authorization() == null) {
                baseline = all.perSecond();
            }
            out.printf("%-34s %,9.0f requests/s  p50 %6.2f ms  p99 %6.2f ms  errors %d  ratio to health %.2f×%n",
                    way.name(), all.perSecond(), all.percentile(0.50), all.percentile(0.99), all.errors(),
                    all.perSecond() / baseline);
        }
    }

    private HttpResponse<byte[]> send(String url, Way way) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + way.path())).GET();
        if (way.authorization() != null) {
            request.header("Authorization", way.authorization());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** {@code connections} clients, each sending one request after another on its own connection, for the window. */
    private ClosedLoop.Result load(String url, Way way, int connections, Duration window) throws InterruptedException {
        return ClosedLoop.run(connections, window, 0, (slot, call) -> send(url, way).statusCode() == 200);
    }
}
