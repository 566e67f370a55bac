package se.reorgledger.core.person;

import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.OrganisationEvent;

/** The register's entry for a person is corrected; no change that names the person is rewritten. */
@Revision("1")
public record PersonNameCorrectedEvent(String organisationId, String personId, String name, String reason) implements OrganisationEvent {
}
