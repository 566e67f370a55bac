package se.reorgledger.api.scenario;

import se.reorgledger.core.change.Change;

/** One change of a decision's package, in the API's vocabulary, with its line and optional source. */
public record ScenarioChange(int line, Change change, String source) {
}
