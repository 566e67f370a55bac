package se.reorgledger.projections.structure;

/** A unit named as of the date a view is about. */
public record UnitRef(String id, String name) {
}
