package se.reorgledger.core.organisation;

import java.util.List;
import org.axonframework.serialization.Revision;
import se.reorgledger.core.change.OrganisationEvent;

/**
 * Closes a package: which changes it recorded, and a digest of what was asked, so that the same package sent
 * again (a retry, a second import) is recognised and records nothing new.
 */
@Revision("1")
public record ChangePackageRecordedEvent(String organisationId, String decisionId, List<String> changeIds,
                                         String requestDigest) implements OrganisationEvent {

    public ChangePackageRecordedEvent {
        changeIds = List.copyOf(changeIds);
    }
}
