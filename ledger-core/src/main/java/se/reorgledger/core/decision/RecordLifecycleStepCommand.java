package se.reorgledger.core.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.reorgledger.core.change.Require;

/** Records a step in the life of a decision the organisation has recorded. */
public record RecordLifecycleStepCommand(@TargetAggregateIdentifier String organisationId, String decisionId,
                                         LifecycleStep step) {

    public RecordLifecycleStepCommand {
        Require.id("decisionId", decisionId);
        Require.present("step", step);
    }
}
