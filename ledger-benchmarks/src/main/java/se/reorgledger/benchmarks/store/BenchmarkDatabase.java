package se.reorgledger.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL database of the benchmark's own, with the service's schema made by the service's own Flyway
 * migrations, so that the event table is the one production has (columns, types, indexes, triggers).
 */
public final class BenchmarkDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;
    private final String user;
    private final String password;
    private HikariDataSource dataSource;

    /** @param serverUrl the server's JDBC URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/} */
    public BenchmarkDatabase(String serverUrl, String name, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.name = name;
        this.user = user;
        this.password = password;
    }

    public String name() {
        return name;
    }

    public boolean exists() throws SQLException {
        try (Connection server = server();
             PreparedStatement query = server.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    /** Drops the database if it is there and creates it empty with the service's migrations applied. */
    public void recreate() throws SQLException {
        close();
        try (Connection server = server(); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
            // Loading is setup, not a measurement: losing this database in a crash costs a reload, nothing more.
            statement.execute("ALTER DATABASE " + name + " SET synchronous_commit TO off");
        }
        Flyway.configure()
                .dataSource(url(), user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .placeholders(Map.of("serviceRole", ""))
                .load()
                .migrate();
    }

    /** A pool as the service has by default: Hikari, ten connections. */
    public DataSource dataSource() {
        if (dataSource == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url());
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(10);
            config.setPoolName("benchmark");
            dataSource = new HikariDataSource(config);
        }
        return dataSource;
    }

    public String serverVersion() throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SHOW server_version")) {
            version.next();
            return version.getString(1);
        }
    }

    private String url() {
        return serverUrl + name;
    }

    private Connection server() throws SQLException {
        return DriverManager.getConnection(serverUrl + "postgres", user, password);
    }

    @Override
    public void close() {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
    }
}
