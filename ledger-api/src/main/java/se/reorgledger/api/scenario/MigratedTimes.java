package se.reorgledger.api.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Checks an import's registered times before anything is recorded: only an admin may give them, the first is
 * later than the ledger's head, each is not earlier than the one before it, none is in the future, and none
 * follows an entry recorded now (which would put it before that entry's recorded time). The store checks again
 * under the head lock.
 */
final class MigratedTimes {

    private MigratedTimes() {
    }

    /**
     * @param head           the recorded time of the ledger's newest event, or null when it holds none or is not known
     * @param recordedDecisions decisions recorded before this import: importing them again records nothing (a
     *                          package of theirs still missing is checked by the store when it is appended)
     */
    static void check(List<Scenario> scenarios, ImportBy by, Instant head, Instant now, Set<String> recordedDecisions) {
        Instant previous = null;
        ScenarioDecision recordedNow = null;
        for (Scenario scenario : scenarios) {
            for (ScenarioDecision entry : scenario.decisions()) {
                if (recordedDecisions.contains(entry.decision().id())) {
                    continue;
                }
                Instant at = entry.registeredAt();
                if (at == null) {
                    recordedNow = recordedNow == null ? entry : recordedNow;
                    continue;
                }
                if (!by.admin()) {
                    throw refused(scenario, entry, ScenarioRule.MIGRATION_NEEDS_ADMIN, "Decision '"
                            + entry.decision().id() + "' gives the time it was registered elsewhere (registeredAt):"
                            + " migrated history is imported by an admin only, and " + by.principal() + " is not one");
                }
                if (recordedNow != null) {
                    throw refused(scenario, entry, ScenarioRule.REGISTERED_AT, "Decision '" + entry.decision().id()
                            + "' has a registeredAt, but the entry of decision '" + recordedNow.decision().id()
                            + "' before it has none and is recorded now, after it; give every entry before it one");
                }
                if (previous == null && head != null && !at.isAfter(head)) {
                    throw refused(scenario, entry, ScenarioRule.REGISTERED_AT, "Decision '" + entry.decision().id()
                            + "' was registered at " + at + ", but the ledger's last change was recorded at " + head
                            + ": recorded times only move forward, so migrated history goes only into a ledger"
                            + " whose last change is earlier");
                }
                if (previous != null && at.isBefore(previous)) {
                    throw refused(scenario, entry, ScenarioRule.REGISTERED_AT, "Decision '" + entry.decision().id()
                            + "' was registered at " + at + ", before the entry above it (" + previous
                            + "): migrated history is imported in the order it was registered");
                }
                if (at.isAfter(now)) {
                    throw refused(scenario, entry, ScenarioRule.REGISTERED_AT, "Decision '" + entry.decision().id()
                            + "' was registered at " + at + ", later than now (" + now + ")");
                }
                previous = at;
                for (ScenarioLifecycleStep step : entry.lifecycle()) {
                    previous = checkStep(scenario, entry, step, previous, now);
                }
            }
        }
    }

    /** A step is recorded after its entry, at its own registered time or else at the entry's. */
    private static Instant checkStep(Scenario scenario, ScenarioDecision entry, ScenarioLifecycleStep step,
                                     Instant previous, Instant now) {
        Instant at = step.registeredAt();
        if (at == null) {
            return previous;
        }
        String which = "The " + step.type() + " step of decision '" + entry.decision().id() + "'";
        if (at.isBefore(previous)) {
            throw new ScenarioImportException(scenario.file(), step.line(), ScenarioRule.REGISTERED_AT, which
                    + " was registered at " + at + ", before the entry or step above it (" + previous
                    + "): migrated history is imported in the order it was registered");
        }
        if (at.isAfter(now)) {
            throw new ScenarioImportException(scenario.file(), step.line(), ScenarioRule.REGISTERED_AT, which
                    + " was registered at " + at + ", later than now (" + now + ")");
        }
        return at;
    }

    private static ScenarioImportException refused(Scenario scenario, ScenarioDecision entry, ScenarioRule rule,
                                                   String problem) {
        return new ScenarioImportException(scenario.file(), entry.line(), rule, problem);
    }
}
