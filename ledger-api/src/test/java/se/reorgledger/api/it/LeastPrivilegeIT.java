package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The production arrangement of docs/security.md on PostgreSQL: Flyway migrates as the schema's owner and grants
 * the service's role only what it needs; the service runs as that role, which may only read, append and move
 * the head. That role cannot change an event even
 * with the triggers set aside, because it cannot set them aside.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeastPrivilegeIT {

    private final PostgresSchema schema = new PostgresSchema();
    private final String owner = "ledger_owner_" + UUID.randomUUID().toString().substring(0, 8);
    private final String app = "ledger_app_" + UUID.randomUUID().toString().substring(0, 8);

    @AfterAll
    void dropAll() {
        schema.close();
        schema.execute("DROP ROLE IF EXISTS " + app);
        schema.execute("DROP ROLE IF EXISTS " + owner);
    }

    @Test
    void theServiceRunsAsARoleThatCanOnlyAppend() throws Exception {
        schema.execute("CREATE ROLE " + owner + " LOGIN PASSWORD 'owner'");
        schema.execute("CREATE ROLE " + app + " LOGIN PASSWORD 'app'");
        schema.execute("ALTER SCHEMA " + schema.name + " OWNER TO " + owner);
        Map<String, Object> settings = new HashMap<>(schema.settings());
        settings.put("LEDGER_DB_USER", app);
        settings.put("LEDGER_DB_PASSWORD", "app");
        settings.put("LEDGER_DB_MIGRATION_USER", owner);
        settings.put("LEDGER_DB_MIGRATION_PASSWORD", "owner");
        settings.put("LEDGER_ASKERSUND", "off");
        try (RunningLedger ledger = RunningLedger.start(settings)) {
            assertThat(ledger.post("/api/v1/organisations", "{\"id\":\"least\",\"name\":\"Least kommun\"}").status())
                    .isEqualTo(201);
        }
        String url = PostgresSchema.URL + "?currentSchema=" + schema.name;
        try (Connection connection = DriverManager.getConnection(url, app, "app")) {
            assertThatThrownBy(() -> connection.createStatement()
                    .execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("DELETE FROM domain_event_entry"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> connection.createStatement()
                    .executeUpdate("UPDATE domain_event_entry SET payload = payload"))
                    .hasMessageContaining("permission denied");
        }
    }
}
