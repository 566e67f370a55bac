package se.reorgledger.api.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The service as an operator runs it, {@code java -jar reorganisation-ledger.jar}, in a JVM of its own that a
 * test can kill as the kernel would ({@code kill -9}: no shutdown hook, nothing flushed).
 */
final class ServiceProcess implements AutoCloseable {

    static final String USER = "crash-admin";
    static final String PASSWORD = "crash-admin-password";
    private static final Path JAR = Path.of(System.getProperty("ledger.jar", "target/reorganisation-ledger.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final String base;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Starts the jar in {@code workingFolder} with only the given settings (and a user) in its environment:
     * nothing of the test's own environment leaks into it.
     */
    static ServiceProcess start(Path workingFolder, Map<String, String> settings, Path log) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("the service jar is built by `package`, before the integration tests: "
                    + JAR.toAbsolutePath());
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()))
                .directory(workingFolder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("LEDGER_") || name.startsWith("SPRING_"));
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.put("LEDGER_ASKERSUND", "off");
        environment.put("LEDGER_SECURITY_USERS_0_NAME", USER);
        environment.put("LEDGER_SECURITY_USERS_0_PASSWORD", "{noop}" + PASSWORD);
        environment.put("LEDGER_SECURITY_USERS_0_ROLES", "admin");
        environment.putAll(settings);
        return new ServiceProcess(builder.start(), log, port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the service answers reads over the whole ledger; fails if the process ends instead. */
    void awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended with exit code " + process.exitValue()
                        + " before it was ready; the end of its log (" + log + "):\n" + tailOfLog());
            }
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens late in the start
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service was not ready within " + patience + "; its log: " + log);
            }
            Thread.sleep(50);
        }
    }

    /** Waits for the process to end by itself, as a refused start does; returns its exit code. */
    int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the service did not end within " + patience + "; its log: " + log);
        }
        return process.exitValue();
    }

    /** Whether the start failed only because another process took the port between choosing and binding it. */
    boolean lostItsPort() {
        return tailOfLog().contains("already in use");
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(the log cannot be read: " + e.getMessage() + ")";
        }
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = authorised(path).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code kill -9}: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** An ordinary stop (SIGTERM): the service shuts down gracefully. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
