package se.reorgledger.api.scenario;

/** How far an import has come: decisions done out of all decisions of the import, in one phase. */
public record ImportProgress(ImportPhase phase, int decisionsDone, int decisionsTotal, String file,
                             String decisionId) {
}
