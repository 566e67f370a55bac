package se.reorgledger.api.document;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.reorgledger.api.store.EmbeddedStore;

/** Documents are kept where the ledger is: in the data folder beside an H2 ledger, in PostgreSQL beside that one. */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentStoreConfiguration.class);

    @Bean
    DocumentStore documentStore(@Value("${spring.datasource.url}") String databaseUrl,
                                @Value("${ledger.data-dir}") Path dataFolder, JdbcTemplate jdbc) {
        DocumentStore store = EmbeddedStore.isH2(databaseUrl)
                ? new FolderDocumentStore(dataFolder.resolve(FolderDocumentStore.FOLDER_IN_DATA)) : new DatabaseDocumentStore(jdbc);
        log.info("Documents are kept in {}", store.describe());
        return store;
    }
}
