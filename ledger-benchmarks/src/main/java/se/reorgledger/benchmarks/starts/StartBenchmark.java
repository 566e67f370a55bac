package se.reorgledger.benchmarks.starts;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.benchmarks.BenchmarkOptions;
import se.reorgledger.benchmarks.report.Machine;
import se.reorgledger.benchmarks.service.ServiceProcess;
import se.reorgledger.benchmarks.store.BenchmarkDatabase;
import se.reorgledger.benchmarks.store.SyntheticLedgerLoad;

/**
 * A first start and a restart of the service jar on a synthetic ledger in PostgreSQL, as an operator sees them:
 * from launching the JVM to {@code /actuator/health/readiness} answering 200. The first start has no checkpoint
 * and takes in the whole ledger from the event table; it is stopped as an orderly shutdown (SIGTERM), which writes
 * the read models' checkpoint; the restart loads it and takes in only what came after (nothing). Both in one run,
 * with the service's own log lines about the checkpoint, and after a restart's readiness what a client meets while
 * the checkpoint's organisations are still loaded in the background ({@link AfterReadiness}).
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
        try (BenchmarkDatabase database = new BenchmarkDatabase(options.server(), options.database(),
                options.user(), options.password())) {
            Machine.describe(out, database.exists() ? database.serverVersion() : "(database not yet created)");
            long events = new SyntheticLedgerLoad(database, options.size(), options.seed()).ensureLoaded(
                    loaded -> out.printf("  loaded %,d events%n", loaded));
            out.printf("event table of %s holds %,d events%n", options.size(), events);
        }
        Path work = Files.createTempDirectory("ledger-starts-");
        List<String> results = new ArrayList<>();
        results.add(start("first start, no checkpoint", work, "first.log"));
        for (int i = 1; i <= restarts; i++) {
            results.add(start("restart " + i + ", from the checkpoint", work, "restart-" + i + ".log"));
        }
        out.println();
        out.println("load at the end: " + Machine.loadAverage());
        out.println("== starts of the service on " + options.size() + " (" + options.database() + ") ==");
        results.forEach(out::println);
        out.println("logs and the checkpoint are in " + work);
    }

    /** Starts the service, waits for readiness, stops it in order; the line to report. */
    private String start(String label, Path work, String logName) throws Exception {
        try (ServiceProcess service = ServiceProcess.launch(jar, heap, options, work, logName)) {
            out.println(label + ": " + service.commandLine());
            double ready = service.awaitReady();
            String loaded = service.lineOf("loaded from the checkpoint", "checkpoint", "discarded", "No checkpoint");
            String afterReadiness = loaded.contains("loaded from the checkpoint")
                    ? "\n" + new AfterReadiness().probe(service) : "";
            String caughtUp = service.lineOf("took in");
            double stopped = service.stop();
            String written = service.lineOf("Checkpoint of the read models written");
            String line = String.format("%-36s ready %.1f s after launch; stopped in %.1f s%n    %s%s%n    %s%n    %s",
                    label, ready, stopped, loaded, afterReadiness, caughtUp, written);
            out.println(line);
            return line;
        }
    }
}
