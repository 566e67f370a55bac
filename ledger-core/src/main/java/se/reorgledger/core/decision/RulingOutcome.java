package se.reorgledger.core.decision;

/** What the court decided about an appealed decision: it can only let it stand or quash it, never replace it. */
public enum RulingOutcome {
    upheld,
    quashed,
    quashedInPart;

    public boolean quashes() {
        return this != upheld;
    }
}
