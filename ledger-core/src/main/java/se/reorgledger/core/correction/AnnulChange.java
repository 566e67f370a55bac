package se.reorgledger.core.correction;

import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record AnnulChange(String changeId, String reason) implements Change {

    public AnnulChange {
        Require.changeId("changeId", changeId);
        reason = Require.text("reason", reason);
    }

    @Override
    public ChangeAnnulledEvent toEvent(String organisationId, String decisionId, String newChangeId) {
        return new ChangeAnnulledEvent(organisationId, changeId, reason, decisionId, newChangeId);
    }
}
