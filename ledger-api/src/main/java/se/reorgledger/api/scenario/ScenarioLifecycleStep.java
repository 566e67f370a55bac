package se.reorgledger.api.scenario;

import java.time.Instant;
import java.util.Map;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.LifecycleVocabulary;

/**
 * One step of a decision's life as written in the file (justering, anslag, appeal, ruling, lagaKraft,
 * revocation, anmalan), in the API's vocabulary, with its line. {@code illustrative} says the file filled the step
 * in rather than took it from a source; it is allowed only on a decision recorded illustrative, whose mark the
 * ledger shows. {@code registeredAt}, for migrated history, is when the step was first registered elsewhere
 * (null: at the entry's time, or now when the entry has none).
 */
public record ScenarioLifecycleStep(int line, LifecycleStep step, boolean illustrative, String source,
                                    Instant registeredAt) {

    /** The step's name in the file and the API: justering, anslag... */
    public String type() {
        return LifecycleVocabulary.steps().entrySet().stream()
                .filter(entry -> entry.getValue() == step.getClass())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
