package se.reorgledger.benchmarks.writers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import se.reorgledger.benchmarks.http.ClosedLoop;
import se.reorgledger.benchmarks.http.HttpOptions;
import se.reorgledger.benchmarks.report.Machine;

/**
 * Change packages written over HTTP against a running service, as registrars' clients write them: 1, 4 and 16
 * concurrent writers, each posting one package after another into a subtree of its own of an organisation the
 * benchmark registers for itself, and then one writer posting packages of 100 changes. Every answer is the
 * service's whole write: the package checked against the organisation's rules, appended under the ledger head,
 * committed, and shown by the read models (read-your-writes) before the answer says what the package did. At the
 * end the organisation's structure must hold every unit the packages established. Prints packages/s, p50 and p99
 * per number of writers and the 100-change package's p50 and p99 beside its goal. Nothing is asserted. With
 * {@code --organisation-per-writer=true} the writers of a phase with several writers each write to a kommun of
 * their own, as a county's kommuner do: their packages are then decided side by side, and only the appends wait
 * for each other on the ledger head.
 *
 * <pre>java -jar ledger-benchmarks.jar writers --url=http://127.0.0.1:8080 --user=admin --password=...</pre>
 */
public final class WriterBenchmark {

    static final String USAGE = "writers [--url=http://127.0.0.1:8080] [--user=admin] [--password=] "
            + "[--writers=1,4,16] [--seconds=10] [--changes=10] [--warm-up-seconds=5] [--large-changes=100] "
            + "[--large-packages=100] [--large-warm-up=10] [--organisation=bench-<time>] "
            + "[--organisation-per-writer=false]";
    private static final double GOAL_LARGE_P99_MS = 100;

    private final HttpOptions options;
    private final PrintStream out;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final BenchmarkOrganisation organisation;
    /** Every organisation written to: the shared one, and each writer's own with --organisation-per-writer. */
    private final List<BenchmarkOrganisation> written = new CopyOnWriteArrayList<>();
    private final boolean organisationPerWriter;
    private final String admin;
    private final AtomicLong unitsEstablished = new AtomicLong();

    private WriterBenchmark(String[] args, PrintStream out) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("url", "http://127.0.0.1:8080");
        defaults.put("user", "admin");
        defaults.put("password", "");
        defaults.put("writers", "1,4,16");
        defaults.put("seconds", "10");
        defaults.put("changes", "10");
        defaults.put("warm-up-seconds", "5");
        defaults.put("large-changes", "100");
        defaults.put("large-packages", "100");
        defaults.put("large-warm-up", "10");
        defaults.put("organisation", "bench-" + Long.toString(System.currentTimeMillis() / 1000, 36));
        defaults.put("organisation-per-writer", "false");
        this.options = HttpOptions.parse(args, defaults, USAGE);
        this.out = out;
        this.organisation = new BenchmarkOrganisation(options.get("organisation"));
        this.organisationPerWriter = Boolean.parseBoolean(options.get("organisation-per-writer"));
        this.admin = options.basic();
    }

    public static void main(String[] args) throws Exception {
        // The service closes a connection idle for 10 s; a client that keeps it longer may send into a closed one.
        System.setProperty("jdk.httpclient.keepalive.timeout", "5");
        new WriterBenchmark(args, System.out).run();
    }

    private void run() throws Exception {
        out.println("writers benchmark: " + options);
        Machine.describe(out, "(not used: the service's store is whatever it runs on)");
        String url = options.get("url");
        register(url, organisation);
        out.println("registered organisation " + organisation.id() + " (illustrative: its name says benchmark)");
        Duration window = Duration.ofSeconds(options.integer("seconds"));
        int changes = options.integer("changes");

        out.printf("warming up: 1 writer, %d s of %d-change packages%n", options.integer("warm-up-seconds"), changes);
        phase(url, "warm", 1, Duration.ofSeconds(options.integer("warm-up-seconds")), 0, changes);
        StringBuilder summary = new StringBuilder();
        for (int writers : options.integers("writers")) {
            ClosedLoop.Result result = phase(url, "p" + writers, writers, window, 0, changes);
            String line = String.format(Locale.ROOT, "%2d writer(s), %3d-change packages: %,7.1f packages/s "
                            + "(%,7.0f changes/s)  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  %d recorded, errors %d",
                    writers, changes, result.perSecond(), result.perSecond() * changes, result.percentile(0.50),
                    result.percentile(0.99), result.percentile(1.0), result.calls() - result.errors(),
                    result.errors());
            out.println(line);
            firstError(result);
            summary.append(line).append('\n');
        }

        int largeChanges = options.integer("large-changes");
        out.printf("warming up: %d packages of %d changes, untimed%n", options.integer("large-warm-up"), largeChanges);
        phase(url, "lw", 1, Duration.ZERO, options.integer("large-warm-up"), largeChanges);
        ClosedLoop.Result large = phase(url, "l", 1, Duration.ZERO, options.integer("large-packages"), largeChanges);
        firstError(large);

        long units = unitsInStructure(url);
        out.println();
        out.printf("== change packages over HTTP at %s, %s; load at the end %s ==%n", url, organisationPerWriter
                ? "each of several writers with an organisation of its own (" + organisation.id() + "-…)"
                : "all writers in organisation " + organisation.id(), Machine.loadAverage());
        out.println("goals (issue 15): packages/s and p50/p99 at 1, 4 and 16 writers, reported with no threshold; "
                + "a 100-change package p99 ≤ 100 ms");
        out.print(summary);
        double p99 = large.percentile(0.99);
        out.printf(Locale.ROOT, " 1 writer,  %3d-change packages: p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  "
                        + "(%d packages; p50 of the first tenth %.2f ms, of the last tenth %.2f ms)  errors %d  "
                        + "goal p99 ≤ %.0f ms: %s%n", largeChanges, large.percentile(0.50), p99,
                large.percentile(1.0), large.calls(), tenthP50(large, 0), tenthP50(large, 9), large.errors(),
                GOAL_LARGE_P99_MS, p99 <= GOAL_LARGE_P99_MS ? "met" : "NOT met");
        out.printf("the structure of the %d organisation(s) written on %s holds %,d units, as the recorded "
                + "packages established %,d (%s)%n", written.size(), "2026-04-01", units, unitsEstablished.get(),
                units == unitsEstablished.get() ? "every write is there" : "MISMATCH: a write is missing");
    }

    /**
     * One phase: {@code writers} writers, each with a decision and a förvaltning of its own (set up untimed), then
     * posting packages for the window, or {@code packagesEach} packages each if that is positive.
     */
    private ClosedLoop.Result phase(String url, String phase, int writers, Duration window, int packagesEach,
                                    int changes) throws Exception {
        String[] decisions = new String[writers];
        BenchmarkOrganisation[] organisations = new BenchmarkOrganisation[writers];
        for (int w = 0; w < writers; w++) {
            decisions[w] = phase + "w" + w;
            organisations[w] = organisationPerWriter && writers > 1
                    ? register(url, new BenchmarkOrganisation(organisation.id() + "-" + decisions[w])) : organisation;
            post(url, organisations[w].decisionsPath(), BenchmarkOrganisation.decision(decisions[w]), 201);
            post(url, organisations[w].packagePath(decisions[w]), organisations[w].subtree(decisions[w]), 201);
            unitsEstablished.incrementAndGet();
        }
        return ClosedLoop.run(writers, window, packagesEach, (slot, call) -> {
            BenchmarkOrganisation.Package body = BenchmarkOrganisation.reorganisation(decisions[slot],
                    decisions[slot] + "n" + call, changes);
            post(url, organisations[slot].packagePath(decisions[slot]), body.json(), 201);
            unitsEstablished.addAndGet(body.units());
            return true;
        });
    }

    /** Registers an organisation; its kommun is the first unit of its tree. */
    private BenchmarkOrganisation register(String url, BenchmarkOrganisation registered) throws Exception {
        post(url, "/api/v1/organisations", registered.registration(), 201);
        unitsEstablished.incrementAndGet();
        written.add(registered);
        return registered;
    }

    /** Sends a write; anything but the expected status is an error that names the answer. */
    private void post(String url, String path, String body, int expected) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(400, answer.body().length())));
        }
    }

    /** The units in the organisations' trees on a date after every change the benchmark makes. */
    private long unitsInStructure(String url) throws Exception {
        long units = 0;
        for (BenchmarkOrganisation each : written) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url
                    + "/api/v1/organisations/" + each.id() + "/structure?asOf=2026-04-01"))
                    .header("Authorization", admin).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the structure of " + each.id() + " answered " + answer.statusCode());
            }
            units += units(json.readTree(answer.body()).get("root"));
        }
        return units;
    }

    private static long units(JsonNode unit) {
        long count = 1;
        for (JsonNode child : unit.path("children")) {
            count += units(child);
        }
        return count;
    }

    /** The median of one tenth of the calls in the order they were made: does a growing history slow them? */
    private static double tenthP50(ClosedLoop.Result result, int tenth) {
        long[] latencies = result.latencies();
        int from = latencies.length * tenth / 10;
        int to = Math.max(from + 1, latencies.length * (tenth + 1) / 10);
        long[] part = Arrays.copyOfRange(latencies, from, Math.min(to, latencies.length));
        Arrays.sort(part);
        return part.length == 0 ? Double.NaN : part[(part.length - 1) / 2] / 1e6;
    }

    private void firstError(ClosedLoop.Result result) {
        if (result.firstError() != null) {
            out.println("   first error: " + result.firstError());
        }
    }
}
