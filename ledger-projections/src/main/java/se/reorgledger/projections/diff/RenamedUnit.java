package se.reorgledger.projections.diff;

/** A unit with another name on the later date. */
public record RenamedUnit(String id, String from, String to, Cause cause) {
}
