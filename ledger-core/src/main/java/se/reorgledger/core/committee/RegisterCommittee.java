package se.reorgledger.core.committee;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Establishment;
import se.reorgledger.core.change.Require;

public record RegisterCommittee(String committeeId, String name, CommitteeType committeeType, LocalDate effectiveDate)
        implements Change, Establishment {

    public RegisterCommittee {
        Require.id("committeeId", committeeId);
        name = Require.text("name", name);
        Require.present("committeeType", committeeType);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public CommitteeRegisteredEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new CommitteeRegisteredEvent(organisationId, committeeId, name, committeeType, effectiveDate, decisionId,
                changeId);
    }

    @Override
    public String establishedId() {
        return committeeId;
    }
}
