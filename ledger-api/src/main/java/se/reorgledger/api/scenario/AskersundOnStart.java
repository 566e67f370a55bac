package se.reorgledger.api.scenario;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.reorgledger.api.store.EmbeddedStore;
import se.reorgledger.api.store.HashChain;

/**
 * Loads the Askersund scenario (both files) as organisation {@code askersund} when the service starts, so that
 * a newcomer has the PM's reorganisation to ask about. By default only on the embedded database: a production
 * ledger starts empty. LEDGER_ASKERSUND=on|off|auto decides. Only a ledger that has never held anything gets it:
 * a ledger that holds events and lacks Askersund lost them or never wanted them, and neither is mended by
 * importing the scenario as if for the first time. The files are migrated history (each entry says when it was
 * registered), which only an empty ledger can take in order; the service itself imports them, as an admin.
 */
@Component
public class AskersundOnStart implements ApplicationRunner {

    static final String PRINCIPAL = "scenario:askersund";
    private static final Logger log = LoggerFactory.getLogger(AskersundOnStart.class);

    private final ScenarioReader reader;
    private final ScenarioImporter importer;
    private final boolean enabled;
    private final HashChain chain;

    public AskersundOnStart(ScenarioReader reader, ScenarioImporter importer, HashChain chain,
                            @Value("${ledger.scenario.askersund:auto}") String setting,
                            @Value("${spring.datasource.url}") String databaseUrl) {
        this.reader = reader;
        this.importer = importer;
        this.chain = chain;
        this.enabled = switch (setting) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> EmbeddedStore.isH2(databaseUrl);
        };
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!enabled) {
            return;
        }
        long held = chain.head().position();
        if (held > 0) {
            log.info("Askersund scenario: not loaded, as the ledger already holds {} events (it is loaded only into "
                    + "a ledger that has never held anything)", held);
            return;
        }
        ImportReport report = importer.importScenarios(AskersundScenario.read(reader), ImportBy.admin(PRINCIPAL),
                progress -> { });
        log.info("Askersund scenario: {} decisions, {} packages recorded now, {} already recorded",
                report.decisions(), report.packagesRecorded(), report.packagesAlreadyRecorded());
    }
}
