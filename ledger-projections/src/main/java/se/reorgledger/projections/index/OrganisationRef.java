package se.reorgledger.projections.index;

/** An organisation (a kommun) by id and name. */
public record OrganisationRef(String id, String name) {
}
