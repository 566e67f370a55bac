package se.reorgledger.api.scenario;

import java.util.List;

/**
 * One scenario file as read: the organisation it is about, the persons it names and its decisions in the
 * order they are to be recorded, each with the line it stands on so that errors can point at it.
 * {@code sha256} is the hex SHA-256 of the file's bytes, which migrated history names as its source.
 */
public record Scenario(String file, boolean illustrative, ScenarioOrganisation organisation,
                       List<ScenarioPerson> persons, List<ScenarioDecision> decisions, String sha256) {

    public Scenario {
        persons = List.copyOf(persons);
        decisions = List.copyOf(decisions);
    }

    /** Whether any entry carries a registered time of its own: migrated history, for an admin to import. */
    public boolean migrated() {
        return decisions.stream().anyMatch(decision -> decision.registeredAt() != null);
    }
}
