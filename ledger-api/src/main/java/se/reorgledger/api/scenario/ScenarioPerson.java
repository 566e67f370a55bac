package se.reorgledger.api.scenario;

/** A person the file's changes may appoint; registering the same person again records nothing. */
public record ScenarioPerson(int line, String id, String name) {
}
