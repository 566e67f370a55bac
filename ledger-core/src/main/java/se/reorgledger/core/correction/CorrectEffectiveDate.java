package se.reorgledger.core.correction;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record CorrectEffectiveDate(String changeId, LocalDate effectiveDate, String reason) implements Change {

    public CorrectEffectiveDate {
        Require.changeId("changeId", changeId);
        Require.date("effectiveDate", effectiveDate);
        reason = Require.text("reason", reason);
    }

    @Override
    public EffectiveDateCorrectedEvent toEvent(String organisationId, String decisionId, String newChangeId) {
        return new EffectiveDateCorrectedEvent(organisationId, changeId, effectiveDate, reason, decisionId,
                newChangeId);
    }
}
