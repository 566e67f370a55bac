package se.reorgledger.api.scenario;

import java.io.InputStream;
import java.util.List;

/** The Askersund scenario as shipped in the service's resources, read in import order. */
final class AskersundFiles {

    static final List<String> IN_ORDER = List.of("01-omorganisation-2026.yaml", "02-senare-justeringar.yaml");

    private AskersundFiles() {
    }

    static List<Scenario> read() {
        ScenarioReader reader = new ScenarioReader();
        return IN_ORDER.stream().map(file -> reader.read(file, resource("/scenarios/askersund/" + file))).toList();
    }

    private static InputStream resource(String path) {
        InputStream content = AskersundFiles.class.getResourceAsStream(path);
        if (content == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return content;
    }
}
