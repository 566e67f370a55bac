package se.reorgledger.benchmarks.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import se.reorgledger.benchmarks.BenchmarkOptions;
import se.reorgledger.benchmarks.report.ProcessCpu;

/**
 * The service jar run as an operator runs it, on a benchmark's PostgreSQL database: its own JVM with a fixed heap,
 * a free port, a data folder and witness of its own, Askersund off, and one admin user {@value #USER} (password
 * {@value #PASSWORD}) for the benchmark to call it with.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String USER = "bench";
    public static final String PASSWORD = "bench";

    private final Process process;
    private final int port;
    private final Path log;
    private final long launched;
    private final List<String> command;

    private ServiceProcess(Process process, int port, Path log, long launched, List<String> command) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.launched = launched;
        this.command = command;
    }

    /** Launches the jar; {@code work} holds its data folder, witness and the log file {@code logName}. */
    public static ServiceProcess launch(Path jar, String heap, BenchmarkOptions database, Path work, String logName)
            throws IOException {
        return launch(jar, heap, List.of(), database, work, logName);
    }

    /**
     * As {@link #launch(Path, String, BenchmarkOptions, Path, String)}, with further JVM options before
     * {@code -jar}: a collector to compare, or a flight recording of the service under load.
     */
    public static ServiceProcess launch(Path jar, String heap, List<String> jvmOptions, BenchmarkOptions database,
                                        Path work, String logName) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar
                    + ": ./mvnw -q -B -pl ledger-benchmarks,ledger-api -am package -DskipTests");
        }
        int port = freePort();
        Path log = work.resolve(logName);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xms" + heap, "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("LEDGER_DB_URL", database.server() + database.database());
        environment.put("LEDGER_DB_USER", database.user());
        environment.put("LEDGER_DB_PASSWORD", database.password());
        environment.put("LEDGER_DATA_DIR", work.resolve("data").toString());
        environment.put("LEDGER_WITNESS_HOME", work.resolve("witness").toString());
        environment.put("LEDGER_ASKERSUND", "off");
        environment.put("LEDGER_SECURITY_USERS_0_NAME", USER);
        environment.put("LEDGER_SECURITY_USERS_0_PASSWORD", "{noop}" + PASSWORD);
        environment.put("LEDGER_SECURITY_USERS_0_ROLES", "admin");
        environment.put("PORT", Integer.toString(port));
        long launched = System.nanoTime();
        return new ServiceProcess(builder.start(), port, log, launched, command);
    }

    /** The Authorization header of the service's admin user {@value #USER}, for HTTP Basic. */
    public static String basicAuthorization() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String commandLine() {
        return String.join(" ", command);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** The service JVM's CPU time so far (user and system), in nanoseconds; -1 where /proc cannot say. */
    public long cpuNanos() {
        return ProcessCpu.of(process.pid());
    }

    /** Waits until {@code /actuator/health/readiness} answers 200; the seconds since launch. */
    public double awaitReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended before it was ready; its log: " + log);
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

    /** An orderly shutdown (SIGTERM), as an operator stops it; the seconds it took. */
    public double stop() throws InterruptedException {
        long stopping = System.nanoTime();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the service did not stop");
        }
        return (System.nanoTime() - stopping) / 1e9;
    }

    /** The service's last log line holding the first of {@code phrases} found, without its prefix. */
    public String lineOf(String... phrases) throws IOException {
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

    /**
     * Waits until the log holds a line with one of {@code phrases}, for at most {@code atMost}; the seconds from
     * launch to when it was seen (polled every 100 ms), or -1.
     */
    public double awaitLine(Duration atMost, String... phrases) throws Exception {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until) {
            String text = Files.readString(log);
            for (String phrase : phrases) {
                if (text.contains(phrase)) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            }
            Thread.sleep(100);
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroyForcibly();
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
