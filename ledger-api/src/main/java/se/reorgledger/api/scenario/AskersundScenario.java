package se.reorgledger.api.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The reference scenario shipped with the service: the PM's reorganisation, then its illustrative aftermath. */
public final class AskersundScenario {

    static final List<String> FILES = List.of(
            "scenarios/askersund/01-omorganisation-2026.yaml",
            "scenarios/askersund/02-senare-justeringar.yaml");

    private AskersundScenario() {
    }

    public static List<Scenario> read(ScenarioReader reader) {
        List<Scenario> scenarios = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream content = new ClassPathResource(file).getInputStream()) {
                scenarios.add(reader.read(file.substring(file.lastIndexOf('/') + 1), content));
            } catch (IOException e) {
                throw new UncheckedIOException("the jar lacks " + file, e);
            }
        }
        return scenarios;
    }
}
