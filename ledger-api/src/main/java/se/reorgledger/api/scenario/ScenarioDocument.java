package se.reorgledger.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.decision.DecisionKind;

/**
 * The shape of a scenario file as the strict mapper binds it. Changes and lifecycle steps stay trees at this stage: each may carry
 * a {@code source} beside the API's fields, which is taken off before the change is bound to its record, so
 * that the change vocabulary itself stays exactly the API's.
 */
record ScenarioDocument(Boolean illustrative, Organisation organisation, List<Person> persons,
                        List<DecisionEntry> decisions) {

    ScenarioDocument {
        persons = persons == null ? List.of() : persons;
        decisions = decisions == null ? List.of() : decisions;
    }

    record Organisation(String id, String name) {
    }

    record Person(String id, String name) {
    }

    record DecisionEntry(String id, String organ, LocalDate decidedOn, String paragraph, String caseNumber,
                         String title, Boolean illustrative, DecisionKind kind, String delegate,
                         String delegationPoint, String source, Instant registeredAt, List<JsonNode> changes,
                         List<JsonNode> lifecycle) {

        DecisionEntry {
            changes = changes == null ? List.of() : changes;
            lifecycle = lifecycle == null ? List.of() : lifecycle;
        }
    }
}
