package se.reorgledger.api.store.journal;

import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.reorgledger.api.store.EmbeddedStore;

/** The journal of the embedded store (a database file); a server database such as PostgreSQL needs none. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("T(se.reorgledger.api.store.EmbeddedStore).isEmbeddedFile('${spring.datasource.url}')")
public class JournalConfiguration {

    @Bean
    JournalFile journalFile(@Value("${spring.datasource.url}") String databaseUrl) {
        return new JournalFile(journalOf(databaseUrl));
    }

    @Bean
    JournalRecovery journalRecovery(JournalFile journalFile, DataSource dataSource,
                                    @Value("${ledger.witness.accept-head:}") String acceptHead) {
        return new JournalRecovery(journalFile, new JournalRows(new JdbcTemplate(dataSource)),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                acceptHead.isBlank() ? Optional.empty() : Optional.of(acceptHead.trim()));
    }

    /** Migrations first, then the journal: both before anything reads the ledger. */
    @Bean
    FlywayMigrationStrategy migrateThenRecoverTheJournal(JournalRecovery journalRecovery) {
        return flyway -> {
            flyway.migrate();
            journalRecovery.recover();
        };
    }

    @Bean
    @Order(EmbeddedJournal.ORDER)
    EmbeddedJournal embeddedJournal(JournalFile journalFile, JdbcTemplate jdbcTemplate,
                                    JournalRecovery journalRecovery) {
        return new EmbeddedJournal(journalFile, new JournalRows(jdbcTemplate), journalRecovery.journaled());
    }

    /** Beside the database file: {@code data/ledger} is journaled in {@code data/ledger.journal.ndjson}. */
    static Path journalOf(String databaseUrl) {
        return Path.of(EmbeddedStore.databaseFile(databaseUrl) + ".journal.ndjson").toAbsolutePath().normalize();
    }
}
