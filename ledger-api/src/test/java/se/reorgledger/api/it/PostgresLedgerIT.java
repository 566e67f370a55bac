package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The contract on PostgreSQL, configured by the same environment variables as docker/compose.yaml sets. */
class PostgresLedgerIT extends LedgerApiContract {

    private final PostgresSchema schema = new PostgresSchema();

    @Override
    Map<String, Object> settings() {
        return schema.settings();
    }

    @AfterAll
    void dropSchema() {
        schema.close();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEvent() throws SQLException {
        registerWithDecision("append-only", "ks-1");
        try (Connection connection = schema.connect()) {
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("UPDATE domain_event_entry SET payload = payload WHERE global_index = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("DELETE FROM ledger_chain WHERE position = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().execute("TRUNCATE domain_event_entry CASCADE"))
                    .hasMessageContaining("append-only");
            assertThat(connection.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry").next())
                    .isTrue();
        }
    }
}
