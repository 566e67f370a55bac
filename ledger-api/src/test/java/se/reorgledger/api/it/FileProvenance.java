package se.reorgledger.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.reorgledger.api.scenario.AskersundScenario;
import se.reorgledger.api.scenario.Scenario;
import se.reorgledger.api.scenario.ScenarioChange;
import se.reorgledger.api.scenario.ScenarioDecision;
import se.reorgledger.api.scenario.ScenarioReader;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;

/**
 * What the Askersund files themselves say about where a fact comes from, read without the ledger: the
 * decisions whose changes about an entity (a unit, chef role, nämnd, uppdrag or cooperation, by its id) take
 * effect by a date (as corrected, with the correcting decision), with an annulled change standing for the
 * decision that annulled it. The reads' provenance must agree with it.
 */
final class FileProvenance {

    private record Written(String changeId, String decisionId, String subject, LocalDate effectiveDate) {
    }

    private final List<Written> changes = new ArrayList<>();
    private final Map<String, String> annulledBy = new HashMap<>();
    private final Map<String, CorrectEffectiveDate> corrected = new HashMap<>();
    private final Map<String, String> correctedBy = new HashMap<>();
    private final Map<String, Boolean> illustrative = new HashMap<>();

    FileProvenance() {
        Map<String, Integer> numbered = new HashMap<>();
        for (Scenario file : AskersundScenario.read(new ScenarioReader())) {
            for (ScenarioDecision entry : file.decisions()) {
                String decisionId = entry.decision().id();
                illustrative.put(decisionId, entry.decision().illustrative());
                for (ScenarioChange written : entry.changes()) {
                    String changeId = decisionId + "." + numbered.merge(decisionId, 1, Integer::sum);
                    Change change = written.change();
                    if (change instanceof AnnulChange annul) {
                        annulledBy.put(annul.changeId(), decisionId);
                    }
                    if (change instanceof CorrectEffectiveDate correction) {
                        corrected.put(correction.changeId(), correction);
                        correctedBy.put(correction.changeId(), decisionId);
                    }
                    String subject = subject(change);
                    LocalDate effective = (LocalDate) component(change, "effectiveDate");
                    if (subject != null && effective != null) {
                        changes.add(new Written(changeId, decisionId, subject, effective));
                    }
                }
            }
        }
    }

    /** The decisions behind {@code subject} on {@code asOf}, as the files tell it. */
    Set<String> decisions(String subject, LocalDate asOf) {
        Set<String> decisions = new TreeSet<>();
        for (Written change : changes) {
            CorrectEffectiveDate correction = corrected.get(change.changeId());
            LocalDate effective = correction == null ? change.effectiveDate() : correction.effectiveDate();
            if (!change.subject().equals(subject) || effective.isAfter(asOf)) {
                continue;
            }
            String annulment = annulledBy.get(change.changeId());
            decisions.add(annulment == null ? change.decisionId() : annulment);
            if (correction != null) {
                decisions.add(correctedBy.get(change.changeId()));
            }
        }
        return decisions;
    }

    boolean illustrative(Set<String> decisions) {
        return decisions.stream().anyMatch(illustrative::get);
    }

    /** Whether the files mark the decision illustrative; an unknown decision fails the test. */
    boolean illustrative(String decisionId) {
        Boolean marked = illustrative.get(decisionId);
        if (marked == null) {
            throw new AssertionError("no decision '" + decisionId + "' in the Askersund files");
        }
        return marked;
    }

    /**
     * One fact: its decisions are those expected, and it is marked illustrative exactly when one of them is;
     * a wrong fact is added to {@code wrong}. Returns 1, the number of facts checked.
     */
    int check(List<String> wrong, String fact, JsonNode provenance, Set<String> expected) {
        if (provenance == null || provenance.isMissingNode() || provenance.isNull()) {
            wrong.add(fact + ": no provenance");
            return 1;
        }
        Set<String> decisions = new TreeSet<>();
        provenance.get("decisions").forEach(decision -> decisions.add(decision.asText()));
        if (!decisions.equals(new TreeSet<>(expected))) {
            wrong.add(fact + ": decisions " + decisions + ", the files say " + new TreeSet<>(expected));
        }
        if (provenance.get("illustrative").asBoolean() != illustrative(decisions)) {
            wrong.add(fact + ": illustrative " + provenance.get("illustrative") + " for " + decisions);
        }
        return 1;
    }

    /** As {@link #check}, where the decisions a fact names are taken as right and only the mark is checked. */
    int checkMark(List<String> wrong, String fact, JsonNode provenance) {
        Set<String> named = new TreeSet<>();
        if (provenance != null && provenance.has("decisions")) {
            provenance.get("decisions").forEach(decision -> named.add(decision.asText()));
        }
        if (named.isEmpty() && provenance != null && !provenance.isMissingNode() && !provenance.isNull()) {
            wrong.add(fact + ": no decisions");
        }
        return check(wrong, fact, provenance, named);
    }

    private static String subject(Change change) {
        for (String name : List.of("chefRoleId", "committeeId", "unitId", "assignmentId", "cooperationId")) {
            Object value = component(change, name);
            if (value != null) {
                return (String) value;
            }
        }
        return null;
    }

    private static Object component(Change change, String name) {
        for (RecordComponent component : change.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(change);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
