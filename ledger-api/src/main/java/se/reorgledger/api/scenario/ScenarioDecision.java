package se.reorgledger.api.scenario;

import java.util.List;
import se.reorgledger.core.decision.Decision;

/**
 * A decision and the package of changes it makes, as written in the file. {@code source} cites where the
 * decision comes from (a section of the PM); it is for the reader of the file and is not recorded.
 */
public record ScenarioDecision(int line, Decision decision, String source, List<ScenarioChange> changes) {

    public ScenarioDecision {
        changes = List.copyOf(changes);
    }
}
