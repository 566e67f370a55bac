package se.reorgledger.api.scenario;

/** An import runs every file twice: on a rehearsal copy of the organisation, then, if all passed, for real. */
public enum ImportPhase {
    REHEARSAL,
    RECORDING
}
