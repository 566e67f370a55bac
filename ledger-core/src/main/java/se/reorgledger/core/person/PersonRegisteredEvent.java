package se.reorgledger.core.person;

import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.OrganisationEvent;

/** A person enters the register; changes name people by id only, so a name can be corrected later. */
@Revision("1")
public record PersonRegisteredEvent(String organisationId, String personId, String name) implements OrganisationEvent {
}
