package se.reorgledger.core.committee;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record EndKontorService(String unitId, String committeeId, LocalDate effectiveDate) implements Change {

    public EndKontorService {
        Require.id("unitId", unitId);
        Require.id("committeeId", committeeId);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public KontorServiceEndedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new KontorServiceEndedEvent(organisationId, committeeId, unitId, effectiveDate, decisionId, changeId);
    }
}
