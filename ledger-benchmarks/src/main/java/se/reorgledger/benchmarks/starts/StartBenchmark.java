package se.reorgledger.benchmarks.starts;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import se.reorgledger.benchmarks.BenchmarkOptions;
import se.reorgledger.benchmarks.report.Machine;
import se.reorgledger.benchmarks.store.BenchmarkDatabase;
import se.reorgledger.benchmarks.store.SyntheticLedgerLoad;

/**
 * A first start and a restart of the service jar on a synthetic ledger in PostgreSQL, as an operator sees them:
 * from launching the JVM to {@code /actuator/health/readiness} answering 200. The first start has no checkpoint
 * and takes in the whole ledger from the event table; it is stopped as an orderly shutdown (SIGTERM), which writes
 * the read models' checkpoint; the restart loads it and takes in only what came after (nothing). Both in one run,
 * with the service's own log lines about the checkpoint.
 *
 * <pre>java -jar ledger-benchmarks.jar starts M [--jar=ledger-api/target/reorganisation-ledger.jar]
 *     [--service-heap=2g] [--restarts=2]</pre>
 */
public final class StartBenchmark {

    private final BenchmarkOptions options;
    private final Path jar;
    private final String heap;
    private final int restarts;
    private final PrintStream out;

    private StartBenchmark(String[] args, PrintStream out) {
        this.options = BenchmarkOptions.parse(args);
        Map<String, String> extra = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                String[] option = arg.substring(2).split("=", 2);
                extra.put(option[0], option.length > 1 ? option[1] : "true");
            }
        }
        this.jar = Path.of(extra.getOrDefault("jar", "ledger-api/target/reorganisation-ledger.jar"));
        this.heap = extra.getOrDefault("service-heap", options.size().name().equals("L") ? "8g" : "2g");
        this.restarts = Integer.parseInt(extra.getOrDefault("restarts", "2"));
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        new StartBenchmark(args, System.out).run();
    }

    private void run() throws Exception {
        out.println("start benchmark: " + options.size() + ", seed " + options.seed() + ", service -Xms" + heap
                + " -Xmx" + heap + ", " + jar);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar
                    + ": ./mvnw -q -B -pl ledger-benchmarks,ledger-api -am package -DskipTests");
        }
        try (BenchmarkDatabase database = new BenchmarkDatabase(options.server(), options.database(),
                options.user(), options.password())) {
            Machine.describe(out, database.exists() ? database.serverVersion() : "(database not yet created)");
            long events = new SyntheticLedgerLoad(database, options.size(), options.seed()).ensureLoaded(
                    loaded -> out.printf("  loaded %,d events%n", loaded));
            out.printf("event table of %s holds %,d events%n", options.size(), events);
        }
        Path work = Files.createTempDirectory("ledger-starts-");
        Path data = work.resolve("data");
        Path witness = work.resolve("witness");
        List<String> results = new ArrayList<>();
        results.add(start("first start, no checkpoint", data, witness, work.resolve("first.log")));
        for (int i = 1; i <= restarts; i++) {
            results.add(start("restart " + i + ", from the checkpoint", data, witness,
                    work.resolve("restart-" + i + ".log")));
        }
        out.println();
        out.println("load at the end: " + Machine.loadAverage());
        out.println("== starts of the service on " + options.size() + " (" + options.database() + ") ==");
        results.forEach(out::println);
        out.println("logs and the checkpoint are in " + work);
    }

    /** Starts the service, waits for readiness, stops it in order; the line to report. */
    private String start(String label, Path data, Path witness, Path log) throws Exception {
        int port = freePort();
        List<String> command = List.of(javaBinary(), "-Xms" + heap, "-Xmx" + heap, "-jar", jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("LEDGER_DB_URL", options.server() + options.database());
        environment.put("LEDGER_DB_USER", options.user());
        environment.put("LEDGER_DB_PASSWORD", options.password());
        environment.put("LEDGER_DATA_DIR", data.toString());
        environment.put("LEDGER_WITNESS_HOME", witness.toString());
        environment.put("LEDGER_ASKERSUND", "off");
        environment.put("LEDGER_SECURITY_USERS_0_NAME", "bench");
        environment.put("LEDGER_SECURITY_USERS_0_PASSWORD", "{noop}bench");
        environment.put("LEDGER_SECURITY_USERS_0_ROLES", "admin");
        environment.put("PORT", Integer.toString(port));
        out.println(label + ": " + String.join(" ", command));
        long launched = System.nanoTime();
        Process service = builder.start();
        try {
            double ready = awaitReady(service, port, launched);
            String loaded = lineOf(log, "loaded from the checkpoint", "checkpoint", "discarded", "No checkpoint");
            String caughtUp = lineOf(log, "took in");
            long stopping = System.nanoTime();
            service.destroy();
            if (!service.waitFor(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the service did not stop");
            }
            double stopped = (System.nanoTime() - stopping) / 1e9;
            String written = lineOf(log, "Checkpoint of the read models written");
            String line = String.format("%-36s ready %.1f s after launch; stopped in %.1f s%n    %s%n    %s%n    %s",
                    label, ready, stopped, loaded, caughtUp, written);
            out.println(line);
            return line;
        } finally {
            service.destroyForcibly();
        }
    }

    private static double awaitReady(Process service, int port, long launched) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service ended before it was ready");
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
    }

    /** The service's last log line holding the first of {@code phrases} found, without its prefix. */
    private static String lineOf(Path log, String... phrases) throws IOException {
        List<String> lines = Files.readAllLines(log);
        for (String phrase : phrases) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                String text = lines.get(i);
                if (text.contains(phrase)) {
                    int message = text.indexOf(" : ");
                    return message >= 0 ? text.substring(message + 3) : text;
                }
            }
        }
        return "(no log line: " + phrases[0] + ")";
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
