package se.reorgledger.api.organisation;

/** A kommun as the ledger holds it now: its name (null while the read models have not shown it yet) and version. */
public record OrganisationVersionView(String id, String name, long version) {
}
