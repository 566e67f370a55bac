package se.reorgledger.projections.restatement;

/**
 * One fact of an entity that differs between two moments of knowledge: {@code aspect} is the name of the fact
 * ({@code parentId}, {@code name}, {@code holderId}, {@code servingUnitIds}...), or {@code inForce} when the
 * entity takes part in the organisation on the date as known at one moment and not at the other.
 */
public record Difference(String aspect, Object before, Object after) {
}
