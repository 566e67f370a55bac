package se.reorgledger.core.cooperation;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

/** The kommun leaves a cooperation it takes part in. */
public record LeaveCooperation(String cooperationId, LocalDate effectiveDate) implements Change {

    public LeaveCooperation {
        Require.id("cooperationId", cooperationId);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public CooperationLeftEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new CooperationLeftEvent(organisationId, cooperationId, effectiveDate, decisionId, changeId);
    }
}
