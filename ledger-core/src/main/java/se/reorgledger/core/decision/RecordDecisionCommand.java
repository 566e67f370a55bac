package se.reorgledger.core.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;

public record RecordDecisionCommand(@TargetAggregateIdentifier String organisationId, Decision decision) {

    public RecordDecisionCommand {
        Require.present("decision", decision);
        // Checked here, not in Decision, which is also rebuilt from stored events that must stay readable.
        Require.date("decidedOn", decision.decidedOn());
        if (decision.kind() != DecisionKind.delegationsbeslut) {
            onlyOnDelegation("delegate", decision.delegate(), decision.kind());
            onlyOnDelegation("delegationPoint", decision.delegationPoint(), decision.kind());
        }
    }

    private static void onlyOnDelegation(String field, String value, DecisionKind kind) {
        if (value != null) {
            throw new InvalidChangeException(field, "only a delegationsbeslut has a " + field + "; this decision is "
                    + "of kind " + kind);
        }
    }
}
