package se.reorgledger.api.scenario;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the Askersund scenario (both files) as organisation {@code askersund} when the service starts, so that
 * a newcomer has the PM's reorganisation to ask about. By default only on the embedded database: a production
 * ledger starts empty. LEDGER_ASKERSUND=on|off|auto decides; importing again records nothing new.
 */
@Component
public class AskersundOnStart implements ApplicationRunner {

    static final String PRINCIPAL = "scenario:askersund";
    private static final Logger log = LoggerFactory.getLogger(AskersundOnStart.class);

    private final ScenarioReader reader;
    private final ScenarioImporter importer;
    private final boolean enabled;

    public AskersundOnStart(ScenarioReader reader, ScenarioImporter importer,
                            @Value("${ledger.scenario.askersund:auto}") String setting,
                            @Value("${spring.datasource.url}") String databaseUrl) {
        this.reader = reader;
        this.importer = importer;
        this.enabled = switch (setting) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> databaseUrl.startsWith("jdbc:h2:");
        };
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!enabled) {
            return;
        }
        ImportReport report = importer.importScenarios(AskersundScenario.read(reader), PRINCIPAL, progress -> { });
        log.info("Askersund scenario: {} decisions, {} packages recorded now, {} already recorded",
                report.decisions(), report.packagesRecorded(), report.packagesAlreadyRecorded());
    }
}
