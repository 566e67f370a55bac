package se.reorgledger.core.committee;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record DissolveCommittee(String committeeId, LocalDate effectiveDate) implements Change {

    public DissolveCommittee {
        Require.id("committeeId", committeeId);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public CommitteeDissolvedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new CommitteeDissolvedEvent(organisationId, committeeId, effectiveDate, decisionId, changeId);
    }
}
