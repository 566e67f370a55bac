package se.reorgledger.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.reorgledger.api.scenario.ImportBy;
import se.reorgledger.api.scenario.ImportReport;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.api.scenario.ScenarioImportException;
import se.reorgledger.api.scenario.ScenarioImporter;
import se.reorgledger.api.scenario.ScenarioReader;

/**
 * {@code java -jar reorganisation-ledger.jar import <file.yaml>...}: imports scenario files into the ledger the
 * service is configured for (the same settings: LEDGER_DB_URL or the embedded data folder), without serving HTTP.
 * The service must not run on the embedded database at the same time.
 */
public class ImportCommand implements JarCommand {

    private final Class<?> application;

    /** @param application the service's application class, whose context the import starts without HTTP */
    public ImportCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import <file.yaml>...     import scenario files (all or none), then exit";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty()) {
            err.println("usage: java -jar reorganisation-ledger.jar " + usage());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                // An argument, so that it outranks the service's own setting: an import loads only its files.
                .run("--ledger.scenario.askersund=off")) {
            ScenarioReader reader = context.getBean(ScenarioReader.class);
            List<Scenario> scenarios = arguments.stream().map(file -> reader.read(Path.of(file))).toList();
            String principal = "import:" + System.getProperty("user.name", "unknown");
            // Whoever runs the jar against the ledger's database holds its keys: an admin, who may migrate history.
            ImportReport report = context.getBean(ScenarioImporter.class).importScenarios(scenarios,
                    ImportBy.admin(principal),
                    progress -> out.printf("%s %d/%d %s %s%n", progress.phase(), progress.decisionsDone(),
                            progress.decisionsTotal(), progress.file(), progress.decisionId()));
            out.printf("Imported %s: %d decisions, %d packages recorded, %d already recorded%n",
                    report.organisationId(), report.decisions(), report.packagesRecorded(),
                    report.packagesAlreadyRecorded());
            return 0;
        } catch (ScenarioImportException e) {
            err.println(e.getMessage());
            err.println("Nothing was recorded.");
            return 1;
        }
    }
}
