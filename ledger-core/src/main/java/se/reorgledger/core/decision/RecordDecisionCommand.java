package se.reorgledger.core.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.reorgledger.core.change.Require;

public record RecordDecisionCommand(@TargetAggregateIdentifier String organisationId, Decision decision) {

    public RecordDecisionCommand {
        Require.present("decision", decision);
        // Checked here, not in Decision, which is also rebuilt from stored events that must stay readable.
        Require.date("decidedOn", decision.decidedOn());
    }
}
