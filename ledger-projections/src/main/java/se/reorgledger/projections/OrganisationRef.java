package se.reorgledger.projections;

/** An organisation (a kommun) by id and name. */
public record OrganisationRef(String id, String name) {
}
