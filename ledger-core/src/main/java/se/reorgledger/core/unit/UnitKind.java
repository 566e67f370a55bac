package se.reorgledger.core.unit;

/**
 * The levels of the organisation, in the PM's own words. The constants are the words themselves because they
 * are the stored and published vocabulary: {@code "kontor"} in the ledger, in the API and in scenario files.
 */
public enum UnitKind {
    kommun,
    forvaltning,
    kontor,
    avdelning,
    stab,
    verksamhet,
    enhet,
    /**
     * A function the PM names without giving its level ("samlar funktionerna kultur, evenemang och fritid,
     * näringsliv..."; "Staben inkluderar funktionerna för kommunsekreterare och juridik"). Added last: the
     * stored vocabulary only grows.
     */
    funktion;

    /** Units of these kinds may carry myndighetsutövning as units of their own (PM, Uppdrag 3). */
    public boolean mayHoldAuthorityOnItsOwn() {
        return this == avdelning || this == enhet;
    }

    public String label() {
        return switch (this) {
            case kommun -> "kommun";
            case forvaltning -> "förvaltning";
            case kontor -> "kontor";
            case avdelning -> "avdelning";
            case stab -> "stab";
            case verksamhet -> "verksamhet";
            case enhet -> "enhet";
            case funktion -> "funktion";
        };
    }
}
