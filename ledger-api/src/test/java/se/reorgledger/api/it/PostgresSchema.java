package se.reorgledger.api.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of its own on the real PostgreSQL for one test class, on the server {@link TestPostgres} chose. The
 * database is mandatory: when it cannot be reached the test fails, it is never skipped.
 */
final class PostgresSchema implements AutoCloseable {

    static final String URL = TestPostgres.URL;
    static final String USER = TestPostgres.USER;
    static final String PASSWORD = TestPostgres.PASSWORD;

    final String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    /** The service's data folder for this schema's ledger: where its witness is kept across restarts. */
    private final String dataFolder = RunningLedger.temporaryFolder("ledger-data-" + name + "-");

    PostgresSchema() {
        execute("CREATE SCHEMA " + name);
    }

    /** The settings the service reads from its environment, as docker/compose.yaml sets them. */
    Map<String, Object> settings() {
        return Map.of(
                "LEDGER_DB_URL", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name
                        + "&ApplicationName=" + name,
                "LEDGER_DB_USER", USER,
                "LEDGER_DB_PASSWORD", PASSWORD,
                "LEDGER_DATA_DIR", dataFolder);
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + name);
        }
        return connection;
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " is required for this test: " + e.getMessage(), e);
        }
    }

    /** Ends every connection the service holds to this schema, as a database restart or a network cut would. */
    int terminateServiceConnections() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement();
             java.sql.ResultSet killed = statement.executeQuery("SELECT count(pg_terminate_backend(pid)) "
                     + "FROM pg_stat_activity WHERE application_name = '" + name + "'")) {
            killed.next();
            return killed.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }
}
