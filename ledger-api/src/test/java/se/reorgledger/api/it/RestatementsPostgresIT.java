package se.reorgledger.api.it;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** Restatements over HTTP on PostgreSQL. */
class RestatementsPostgresIT extends RestatementsContract {

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
