package se.reorgledger.api.it;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** Idempotency keys on PostgreSQL. */
class PostgresIdempotencyIT extends IdempotencyContract {

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
