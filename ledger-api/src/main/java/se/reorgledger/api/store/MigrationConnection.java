package se.reorgledger.api.store;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Where migrations connect. When a migration user is named (the schema's owner, see docs/security.md) they connect
 * as that user; otherwise through the service's own pool. Not a connection of their own then: on the embedded H2
 * database, closing the only connection closes the database, and every start would close and reopen it right after
 * migrating, a close that compacts the file; kill -9 tests corrupted the file or brought back an old state after
 * such cycles (docs/reliability.md). Through the pool the database is opened once per process.
 */
@Component
class MigrationConnection implements FlywayConfigurationCustomizer {

    private final DataSourceProperties dataSource;
    private final String user;
    private final String password;

    MigrationConnection(DataSourceProperties dataSource, @Value("${ledger.db.migration-user:}") String user,
                        @Value("${ledger.db.migration-password:}") String password) {
        this.dataSource = dataSource;
        this.user = user;
        this.password = password;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (!user.isBlank()) {
            configuration.dataSource(dataSource.determineUrl(), user, password);
        }
    }
}
