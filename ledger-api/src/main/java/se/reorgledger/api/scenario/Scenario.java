package se.reorgledger.api.scenario;

import java.util.List;

/**
 * One scenario file as read: the organisation it is about, the persons it names and its decisions in the
 * order they are to be recorded, each with the line it stands on so that errors can point at it.
 */
public record Scenario(String file, boolean illustrative, ScenarioOrganisation organisation,
                       List<ScenarioPerson> persons, List<ScenarioDecision> decisions) {

    public Scenario {
        persons = List.copyOf(persons);
        decisions = List.copyOf(decisions);
    }
}
