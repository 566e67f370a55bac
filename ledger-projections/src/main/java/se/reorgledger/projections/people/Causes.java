package se.reorgledger.projections.people;

import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.OrganisationIndex;

/** The change and decision behind a step, as every people view cites it. */
final class Causes {

    private Causes() {
    }

    static Cause of(OrganisationIndex index, ChangeEntry change) {
        DecisionEntry decision = index.decision(change.event().decisionId());
        return new Cause(change.event().changeId(), decision == null ? null : DecisionRef.of(decision.decision()));
    }
}
