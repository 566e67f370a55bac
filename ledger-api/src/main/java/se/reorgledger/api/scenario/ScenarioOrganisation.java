package se.reorgledger.api.scenario;

/** The kommun a scenario file is about; registered by the import if the ledger does not hold it yet. */
public record ScenarioOrganisation(int line, String id, String name) {
}
