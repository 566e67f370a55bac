package se.reorgledger.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.benchmarks.BenchmarkOptions;
import se.reorgledger.benchmarks.RandomQuestions;
import se.reorgledger.benchmarks.RandomQuestions.Point;
import se.reorgledger.benchmarks.report.Latencies;
import se.reorgledger.benchmarks.report.Machine;
import se.reorgledger.benchmarks.report.ProcessCpu;
import se.reorgledger.benchmarks.rebuild.RebuildBenchmark;
import se.reorgledger.benchmarks.service.ServiceProcess;
import se.reorgledger.benchmarks.store.BenchmarkDatabase;
import se.reorgledger.benchmarks.store.ServiceEventStore;
import se.reorgledger.benchmarks.store.SyntheticLedgerLoad;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * The as-of structure of a synthetic organisation (M: about 1,275 units, hundreds of KB of JSON) over HTTP against
 * the service jar started on the same ledger in PostgreSQL, and the same questions asked in this JVM of a
 * projection built from that ledger: the query alone, and the query with the JSON and ETag the service makes of
 * its answer. HTTP windows and in-process blocks take turns, so that a busy spell of the machine falls on both.
 * The HTTP load comes from {@code wrk} ({@link WrkLoad}), from Java's HttpClient ({@link ClosedLoop}), or from
 * both in turn ({@code --generator=wrk,java}, the default), so that what the generator itself costs on a shared
 * machine shows side by side. Prints HTTP requests/s, p50 and p99 at each number of connections for each
 * generator, and the ratio of HTTP time to in-process time. Nothing is asserted.
 */
public final class StructureOverHttpBenchmark {

    static final String USAGE = "http-structure M [--generator=wrk,java] [--connections=1,8] [--seconds=10] "
            + "[--warm-up-seconds=10] [--rounds=3] [--points=500] [--in-process-samples=200] [--wrk-threads=1] "
            + "[--jar=ledger-api/target/reorganisation-ledger.jar] [--service-heap=2g] [--service-jvm-options=] "
            + "[--seed=1] [--question-seed=7] [--server=jdbc:postgresql://127.0.0.1:5432/] [--user=postgres] "
            + "[--password=]";
    private static final double GOAL_P99_MS = 60;
    private static final int GOAL_CONNECTIONS = 8;
    private static final int CHECKED_POINTS = 10;
    private static final Set<String> LEDGER_OPTIONS =
            Set.of("seed", "question-seed", "server", "user", "password");

    private final BenchmarkOptions database;
    private final HttpOptions options;
    private final PrintStream out;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = LedgerObjectMappers.json();

    private StructureOverHttpBenchmark(String[] args, PrintStream out) {
        this.database = BenchmarkOptions.parse(args);
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("generator", "wrk,java");
        defaults.put("connections", "1,8");
        defaults.put("seconds", "10");
        // A service's JIT and its long-kept answers (provenance tables, kept JSON) settle over its first minute or
        // so under load; a longer warm-up measures the node as it then serves, the default its first minutes.
        defaults.put("warm-up-seconds", "10");
        defaults.put("rounds", "3");
        defaults.put("points", "500");
        defaults.put("in-process-samples", "200");
        defaults.put("jar", "ledger-api/target/reorganisation-ledger.jar");
        defaults.put("service-heap", "2g");
        defaults.put("service-jvm-options", "");
        defaults.put("wrk-threads", "1");
        // The ledger's options (--seed, --server, ...) are BenchmarkOptions', read above.
        this.options = HttpOptions.parse(Arrays.stream(args)
                .filter(arg -> !LEDGER_OPTIONS.contains(arg.replaceFirst("^--", "").split("=", 2)[0]))
                .toArray(String[]::new), defaults, USAGE);
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        // The service closes a connection idle for 10 s; a client that keeps it longer may send into a closed one.
        System.setProperty("jdk.httpclient.keepalive.timeout", "5");
        new StructureOverHttpBenchmark(args, System.out).run();
    }

    /** One way of answering in this JVM, timed over the rounds. */
    private record InProcess(String name, Latencies latencies) {
    }

    /** What one HTTP window (or several pooled) measured, whichever generator drove it. */
    private record Window(double perSecond, double p50, double p99, long errors) {

        static Window of(ClosedLoop.Result result) {
            return new Window(result.perSecond(), result.percentile(0.50), result.percentile(0.99), result.errors());
        }

        static Window of(WrkLoad.Result result) {
            return new Window(result.perSecond(), result.p50(), result.p99(), result.errors());
        }
    }

    /**
     * The CPU time the service and the generator spent in HTTP windows, and the answers in them: what an answer
     * costs each side, however busy the machine was with other work.
     */
    private record Cpu(long answers, long serviceNanos, long generatorNanos) {

        static Cpu pooled(List<Cpu> windows) {
            return new Cpu(windows.stream().mapToLong(Cpu::answers).sum(),
                    windows.stream().mapToLong(Cpu::serviceNanos).sum(),
                    windows.stream().mapToLong(Cpu::generatorNanos).sum());
        }

        double serviceMillisPerAnswer() {
            return serviceNanos / 1e6 / answers;
        }

        double generatorMillisPerAnswer() {
            return generatorNanos / 1e6 / answers;
        }
    }

    /**
     * A load generator, and the windows it ran at each number of connections with the CPU time they cost, kept
     * for the report. {@code R} is what one of its windows measured.
     */
    private static final class Generator<R> {

        /** One window of load at a number of connections. */
        @FunctionalInterface
        interface Load<R> {
            R run(int connections, Duration window) throws Exception;
        }

        final String name;
        private final LongSupplier cpuNanos;
        private final Load<R> load;
        private final ToLongFunction<R> answers;
        private final Function<R, Window> figures;
        private final Function<List<R>, Window> pooled;
        private final Map<Integer, List<R>> windows = new LinkedHashMap<>();
        private final Map<Integer, List<Cpu>> cpu = new LinkedHashMap<>();

        /**
         * @param cpuNanos the CPU time, in nanoseconds, the generator has used so far
         * @param answers  the answers a window counted
         * @param figures  a window's figures; {@code pooled} those of several windows together
         */
        Generator(String name, LongSupplier cpuNanos, Load<R> load, ToLongFunction<R> answers,
                  Function<R, Window> figures, Function<List<R>, Window> pooled) {
            this.name = name;
            this.cpuNanos = cpuNanos;
            this.load = load;
            this.answers = answers;
            this.figures = figures;
            this.pooled = pooled;
        }

        private R run(int connections, Duration window) throws Exception {
            return load.run(connections, window);
        }

        /** A window not kept, to warm both sides up. */
        void warmUp(int connections, Duration window) throws Exception {
            run(connections, window);
        }

        /** A window kept for the report, with the CPU time the service ({@code serviceCpu}) and this spent. */
        void measure(int connections, Duration window, LongSupplier serviceCpu, PrintStream out, int round)
                throws Exception {
            long serviceBefore = serviceCpu.getAsLong();
            long before = cpuNanos.getAsLong();
            R result = run(connections, window);
            Cpu spent = new Cpu(answers.applyAsLong(result), serviceCpu.getAsLong() - serviceBefore,
                    cpuNanos.getAsLong() - before);
            windows.computeIfAbsent(connections, c -> new ArrayList<>()).add(result);
            cpu.computeIfAbsent(connections, c -> new ArrayList<>()).add(spent);
            Window figures = this.figures.apply(result);
            out.printf(Locale.ROOT, "round %d, HTTP (%-4s) at %2d connections %,8.0f requests/s  p50 %6.2f ms  "
                            + "p99 %6.2f ms  errors %d  CPU per answer: service %.2f ms, generator %.2f ms%n",
                    round, name, connections, figures.perSecond(), figures.p50(), figures.p99(), figures.errors(),
                    spent.serviceMillisPerAnswer(), spent.generatorMillisPerAnswer());
        }

        Window pooled(int connections) {
            return pooled.apply(windows.get(connections));
        }

        Cpu pooledCpu(int connections) {
            return Cpu.pooled(cpu.get(connections));
        }
    }

    private void run() throws Exception {
        out.println("as-of structure over HTTP against in-process: " + database.size() + " " + options);
        if (Arrays.stream(options.get("generator").split(",")).anyMatch(name -> name.trim().equals("wrk"))) {
            WrkLoad.requireWrk(); // before minutes of loading and starting, not after
        }
        LedgerProjection projection;
        try (BenchmarkDatabase ledger = new BenchmarkDatabase(database.server(), database.database(),
                database.user(), database.password())) {
            Machine.describe(out, ledger.exists() ? ledger.serverVersion() : "(database not yet created)");
            long events = new SyntheticLedgerLoad(ledger, database.size(), database.seed()).ensureLoaded(
                    loaded -> out.printf("  loaded %,d events%n", loaded));
            out.printf("event table of %s (%s) holds %,d events%n", database.size(), database.database(), events);
            long started = System.nanoTime();
            ServiceEventStore store = new ServiceEventStore(ledger.dataSource());
            projection = new RebuildBenchmark(ledger.dataSource(), store, out).rebuild(store.eventSource());
            out.printf("projection built in this JVM from the same event table in %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
        }
        if (projection.indexes().size() != 1) {
            throw new IllegalStateException("the ledger holds " + projection.indexes().size()
                    + " organisations; this benchmark asks about one (S or M)");
        }
        OrganisationIndex index = projection.indexes().iterator().next();
        List<Point> points = new RandomQuestions(index, database.questionSeed()).pastPoints(options.integer("points"));
        Path work = Files.createTempDirectory("ledger-http-structure-");
        List<String> jvmOptions = Arrays.stream(options.get("service-jvm-options").split("\\s+"))
                .filter(option -> !option.isBlank()).toList();
        try (ServiceProcess service = ServiceProcess.launch(Path.of(options.get("jar")), options.get("service-heap"),
                jvmOptions, database, work, "service.log")) {
            out.println("service: " + service.commandLine() + " (log " + service.log() + ")");
            out.printf("service ready %.1f s after launch%n", service.awaitReady());
            String token = ReaderToken.issue(client, service.url(), ServiceProcess.basicAuthorization(),
                    "http-structure benchmark", "reader");
            String authorization = "Bearer " + token;
            List<Generator<?>> generators = generators(service.url(), authorization, index.id(), points, work);
            measure(projection, index.id(), points, service, authorization, generators);
            out.printf("service stopped in %.1f s%n", service.stop());
        }
    }

    /** The generators named by {@code --generator}, in that order. */
    private List<Generator<?>> generators(String url, String authorization, String organisation,
                                          List<Point> points, Path work) throws Exception {
        List<Generator<?>> generators = new ArrayList<>();
        for (String name : options.get("generator").split(",")) {
            switch (name.trim()) {
                case "wrk" -> generators.add(wrk(WrkLoad.prepare(url, paths(organisation, points),
                        authorization, options.integer("wrk-threads"), work)));
                case "java" -> generators.add(java(url, authorization, organisation, points));
                default -> throw new IllegalArgumentException("unknown generator " + name + " (wrk or java); usage: "
                        + USAGE);
            }
        }
        if (generators.isEmpty()) {
            throw new IllegalArgumentException("no generator; usage: " + USAGE);
        }
        return generators;
    }

    /** wrk, whose CPU time is that of its runs, each a child process of this JVM that has ended. */
    private static Generator<WrkLoad.Result> wrk(WrkLoad wrk) {
        return new Generator<>("wrk", ProcessCpu::ofEndedChildren, wrk::run, WrkLoad.Result::requests, Window::of,
                windows -> Window.of(WrkLoad.Result.pooled(windows)));
    }

    /** Java's HttpClient in this JVM, whose CPU time is this JVM's (nothing else runs in it meanwhile). */
    private Generator<ClosedLoop.Result> java(String url, String authorization, String organisation,
                                              List<Point> points) {
        return new Generator<>("java", ProcessCpu::ofThisProcess,
                (connections, window) -> load(url, authorization, organisation, points, connections, window),
                ClosedLoop.Result::calls, Window::of, windows -> Window.of(ClosedLoop.Result.pooled(windows)));
    }

    /** The question paths in the order the Java generator's first connection asks them. */
    private static List<String> paths(String organisation, List<Point> points) {
        List<String> paths = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            paths.add(path(organisation, at(points, i)));
        }
        return paths;
    }

    private void measure(LedgerProjection projection, String organisation, List<Point> points,
                         ServiceProcess service, String authorization, List<Generator<?>> generators)
            throws Exception {
        String url = service.url();
        long bytes = checkSameAnswers(projection, organisation, points, url, authorization);
        List<Integer> connections = options.integers("connections");
        Duration window = Duration.ofSeconds(options.integer("seconds"));
        int rounds = options.integer("rounds");
        int samples = options.integer("in-process-samples");
        Latencies.Query query = i -> projection.structure(organisation, at(points, i).asOf(), at(points, i).knownAt());
        Latencies.Query answer = i -> answerBytes(projection, organisation, at(points, i));
        InProcess alone = new InProcess("in-process query alone", new Latencies(samples * rounds));
        InProcess withJson = new InProcess("in-process query + JSON + ETag", new Latencies(samples * rounds));

        Duration warmUp = Duration.ofSeconds(options.integer("warm-up-seconds"));
        out.printf("warming up: %d s of HTTP at each number of connections with each generator, %d in-process "
                + "answers%n", warmUp.toSeconds(), samples);
        for (Generator<?> generator : generators) {
            for (int c : connections) {
                generator.warmUp(c, warmUp);
            }
        }
        Latencies.warmUp(0, samples, query);
        Latencies.warmUp(0, samples, answer);
        for (int round = 1; round <= rounds; round++) {
            for (Generator<?> generator : generators) {
                for (int c : connections) {
                    generator.measure(c, window, service::cpuNanos, out, round);
                }
            }
            int first = (round - 1) * samples;
            alone.latencies().time(first, first + samples, query);
            withJson.latencies().time(first, first + samples, answer);
            out.printf("round %d, in-process so far: query alone %s%n", round, alone.latencies());
        }
        report(generators, List.of(alone, withJson), bytes, connections, window, rounds);
    }

    private void report(List<Generator<?>> generators, List<InProcess> inProcess, long bytes,
                        List<Integer> connections, Duration window, int rounds) {
        out.println();
        out.printf("== as-of structure of %s over HTTP: %d rounds of %d s at each number of connections; "
                + "answers of %,d bytes on average; load at the end %s ==%n", database.size(), rounds,
                window.toSeconds(), bytes, Machine.loadAverage());
        for (InProcess way : inProcess) {
            out.printf(Locale.ROOT, "%-38s p50 %7.2f ms  p99 %7.2f ms  (%d answers on one thread)%n",
                    way.name(), way.latencies().p50(), way.latencies().p99(), way.latencies().samples());
        }
        Latencies alone = inProcess.get(0).latencies();
        Latencies withJson = inProcess.get(1).latencies();
        if (generators.stream().anyMatch(generator -> generator.name.equals("wrk"))) {
            out.println("(wrk prints percentiles per run, not each latency: its pooled p50 is the median of the "
                    + "rounds' p50s, its p99 the worst round's)");
        }
        for (int c : connections) {
            for (Generator<?> generator : generators) {
                Window all = generator.pooled(c);
                String goal = c == GOAL_CONNECTIONS
                        ? String.format(Locale.ROOT, "  goal p99 ≤ %.0f ms at %d connections: %s", GOAL_P99_MS,
                        GOAL_CONNECTIONS, all.p99() <= GOAL_P99_MS ? "met" : "NOT met")
                        : "";
                out.printf(Locale.ROOT, "HTTP (%-4s) at %2d connections %,8.0f requests/s  p50 %7.2f ms  "
                                + "p99 %7.2f ms  errors %d%s%n", generator.name, c, all.perSecond(), all.p50(),
                        all.p99(), all.errors(), goal);
                out.printf(Locale.ROOT, "   HTTP / in-process query alone:   p50 %6.1f×  p99 %6.1f×%n",
                        all.p50() / alone.p50(), all.p99() / alone.p99());
                out.printf(Locale.ROOT, "   HTTP / in-process with JSON:     p50 %6.1f×  p99 %6.1f×%n",
                        all.p50() / withJson.p50(), all.p99() / withJson.p99());
                Cpu spent = generator.pooledCpu(c);
                out.printf(Locale.ROOT, "   CPU per answer: service %.2f ms, generator (%s) %.2f ms%n",
                        spent.serviceMillisPerAnswer(), generator.name, spent.generatorMillisPerAnswer());
            }
        }
    }

    private static Point at(List<Point> points, int sample) {
        return points.get(Math.floorMod(sample * 7919, points.size()));
    }

    /** What the service does with a final answer: its JSON bytes and their SHA-256 for the strong ETag. */
    private byte[] answerBytes(LedgerProjection projection, String organisation, Point point) throws Exception {
        byte[] bytes = json.writeValueAsBytes(projection.structure(organisation, point.asOf(), point.knownAt()));
        MessageDigest.getInstance("SHA-256").digest(bytes);
        return bytes;
    }

    /**
     * A comparison of different answers would measure nothing: at the first points the service's answer must have
     * as many units as the projection's here. Returns the mean size of the HTTP answers at those points.
     */
    private long checkSameAnswers(LedgerProjection projection, String organisation, List<Point> points, String url,
                                  String authorization) throws Exception {
        long bytes = 0;
        int sameBytes = 0;
        for (int i = 0; i < CHECKED_POINTS; i++) {
            Point point = at(points, i);
            HttpResponse<byte[]> answer = send(url, authorization, organisation, point);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the service answers " + answer.statusCode() + " at " + point + ": "
                        + new String(answer.body(), StandardCharsets.UTF_8));
            }
            int overHttp = units(json.readTree(answer.body()).get("root"));
            int here = projection.structure(organisation, point.asOf(), point.knownAt()).root().size();
            if (overHttp != here) {
                throw new IllegalStateException("at " + point + " the service answers " + overHttp
                        + " units and the projection here " + here);
            }
            byte[] local = answerBytes(projection, organisation, point);
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(local)) + "\"";
            sameBytes += etag.equals(answer.headers().firstValue("ETag").orElse("")) ? 1 : 0;
            bytes += answer.body().length;
        }
        out.printf("the service and the projection here give trees of equal size at the first %d points "
                + "(%d of them byte for byte, by the ETag)%n", CHECKED_POINTS, sameBytes);
        return bytes / CHECKED_POINTS;
    }

    private static int units(JsonNode unit) {
        int count = 1;
        for (JsonNode child : unit.path("children")) {
            count += units(child);
        }
        return count;
    }

    private HttpResponse<byte[]> send(String url, String authorization, String organisation, Point point)
            throws Exception {
        URI uri = URI.create(url + path(organisation, point));
        return client.send(HttpRequest.newBuilder(uri).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String path(String organisation, Point point) {
        return "/api/v1/organisations/" + organisation + "/structure?asOf=" + point.asOf() + "&knownAt="
                + point.knownAt();
    }

    /** Each connection asks the points in its own order, so that no two ask the same question in step. */
    private ClosedLoop.Result load(String url, String authorization, String organisation, List<Point> points,
                                   int connections, Duration window) throws InterruptedException {
        return ClosedLoop.run(connections, window, 0, (slot, call) ->
                send(url, authorization, organisation, at(points, slot * 1_000 + call)).statusCode() == 200);
    }
}
