package se.reorgledger.core.committee;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record LeaveCommittee(String committeeId, String municipality, LocalDate effectiveDate) implements Change {

    public LeaveCommittee {
        Require.id("committeeId", committeeId);
        municipality = Require.text("municipality", municipality);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public MunicipalityLeftCommitteeEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new MunicipalityLeftCommitteeEvent(organisationId, committeeId, municipality, effectiveDate, decisionId, changeId);
    }
}
