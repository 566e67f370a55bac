package se.reorgledger.core.change;

/** Every event of the ledger belongs to one organisation's stream. */
public interface OrganisationEvent {

    String organisationId();
}
