package se.reorgledger.api.scenario;

import java.time.Instant;
import java.util.List;
import se.reorgledger.core.decision.Decision;

/**
 * A decision and the package of changes it makes, as written in the file. {@code source} cites where the
 * decision comes from (a section of the PM); it is for the reader of the file and is not recorded.
 * {@code registeredAt}, for history migrated from another ledger, is when the entry was first registered there
 * (null: it is recorded now). {@code lifecycle} are the steps of the decision's life recorded after the
 * package, in the order written.
 */
public record ScenarioDecision(int line, Decision decision, String source, Instant registeredAt,
                               List<ScenarioChange> changes, List<ScenarioLifecycleStep> lifecycle) {

    public ScenarioDecision {
        changes = List.copyOf(changes);
        lifecycle = lifecycle == null ? List.of() : List.copyOf(lifecycle);
    }

    public ScenarioDecision(int line, Decision decision, String source, Instant registeredAt,
                            List<ScenarioChange> changes) {
        this(line, decision, source, registeredAt, changes, List.of());
    }

    public ScenarioDecision(int line, Decision decision, String source, List<ScenarioChange> changes) {
        this(line, decision, source, null, changes);
    }
}
