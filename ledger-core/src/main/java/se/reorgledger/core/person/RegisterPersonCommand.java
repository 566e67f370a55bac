package se.reorgledger.core.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.reorgledger.core.change.Require;

public record RegisterPersonCommand(@TargetAggregateIdentifier String organisationId, String personId,
                                    String name) {

    public RegisterPersonCommand {
        Require.id("id", personId);
        name = Require.text("name", name);
    }
}
