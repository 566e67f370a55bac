package se.reorgledger.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.reorgledger.api.LedgerApplication;

/** The service started for real, on a random port, as `java -jar` would start it with the given settings. */
final class RunningLedger implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The users every test ledger knows, one per role; requests go as the admin unless said otherwise. */
    static final String ADMIN = "it-admin";
    static final String REGISTRAR = "it-registrar";
    static final String READER = "it-reader";

    private final ConfigurableApplicationContext context;
    private final String base;
    private final String user;

    private RunningLedger(ConfigurableApplicationContext context, String user) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        this.user = user;
    }

    static RunningLedger start(Map<String, Object> settings) {
        RunningLedger ledger = starting(settings);
        ledger.awaitReady();
        return ledger;
    }

    /** Started, without waiting for the read models; with test-only beans from {@code extraSources}. */
    static RunningLedger starting(Map<String, Object> settings, Class<?>... extraSources) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.putIfAbsent("server.port", "0");
        properties.put("axoniq.update-checker.disabled", "true");
        properties.putIfAbsent("LEDGER_ASKERSUND", "off");
        // Every ledger of a test keeps its data folder and its witnesses to itself.
        properties.putIfAbsent("LEDGER_DATA_DIR", temporaryFolder("ledger-data-"));
        properties.putIfAbsent("LEDGER_WITNESS_HOME", temporaryFolder("ledger-witness-home-"));
        String[] users = {ADMIN, REGISTRAR, READER};
        String[] roles = {"admin", "registrar", "reader"};
        for (int i = 0; i < users.length; i++) {
            properties.putIfAbsent("ledger.security.users[" + i + "].name", users[i]);
            properties.putIfAbsent("ledger.security.users[" + i + "].password", "{noop}" + password(users[i]));
            properties.putIfAbsent("ledger.security.users[" + i + "].roles", roles[i]);
        }
        // As command-line arguments, the settings take precedence over application.yml, as the environment does.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = LedgerApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new RunningLedger(new SpringApplicationBuilder(sources).run(arguments), ADMIN);
    }

    /** As a load balancer would: until the read models have taken in the whole ledger. */
    void awaitReady() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (!get("/actuator/health/readiness").body().contains("\"UP\"")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the ledger did not become ready");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String temporaryFolder(String prefix) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory(prefix);
            folder.toFile().deleteOnExit();
            return folder.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String password(String user) {
        return user + "-password";
    }

    /** The same running service, asked by another user, or by nobody ({@code null}). */
    RunningLedger as(String otherUser) {
        return new RunningLedger(context, otherUser);
    }

    String baseUrl() {
        return base;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request to the service with this user's credentials, for callers that need the raw response. */
    HttpRequest.Builder request(String path) {
        return authorised(HttpRequest.newBuilder(URI.create(base + path)));
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + password(user)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return request;
    }

    Response send(HttpRequest.Builder request) {
        authorised(request);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    record Response(int status, String contentType, String body, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
