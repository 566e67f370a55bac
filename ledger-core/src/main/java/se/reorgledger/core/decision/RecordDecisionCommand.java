package se.reorgledger.core.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDecisionCommand(@TargetAggregateIdentifier String organisationId, Decision decision) {
}
