package se.reorgledger.core.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.reorgledger.core.change.Require;

public record CorrectPersonNameCommand(@TargetAggregateIdentifier String organisationId, String personId,
                                       String name, String reason) {

    public CorrectPersonNameCommand {
        Require.id("personId", personId);
        name = Require.text("name", name);
        reason = Require.text("reason", reason);
    }
}
