package se.reorgledger.api.it;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** A decision's life over HTTP on PostgreSQL. */
class DecisionLifecyclePostgresIT extends DecisionLifecycleContract {

    private final PostgresSchema schema = new PostgresSchema();

    @Override
    Map<String, Object> settings() {
        return schema.settings();
    }

    @AfterAll
    void dropSchema() {
        schema.close();
    }
}
