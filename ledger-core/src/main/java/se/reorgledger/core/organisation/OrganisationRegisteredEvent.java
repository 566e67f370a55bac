package se.reorgledger.core.organisation;

import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.OrganisationEvent;

/** A kommun gets its own ledger; the kommun is the root unit of its organisation on every date. */
@Revision("1")
public record OrganisationRegisteredEvent(String organisationId, String name) implements OrganisationEvent {
}
