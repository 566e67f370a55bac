package se.reorgledger.core.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.reorgledger.core.change.Require;

public record RegisterOrganisationCommand(@TargetAggregateIdentifier String organisationId, String name) {

    public RegisterOrganisationCommand {
        Require.id("id", organisationId);
        name = Require.text("name", name);
    }
}
