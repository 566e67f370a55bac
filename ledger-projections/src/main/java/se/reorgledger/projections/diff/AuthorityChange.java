package se.reorgledger.projections.diff;

/** A unit whose myndighetsutövning differs on the later date; {@code authority} is as on the later date. */
public record AuthorityChange(String id, String name, boolean authority, Cause cause) {
}
