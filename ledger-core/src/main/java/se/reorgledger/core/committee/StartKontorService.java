package se.reorgledger.core.committee;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record StartKontorService(String unitId, String committeeId, LocalDate effectiveDate) implements Change {

    public StartKontorService {
        Require.id("unitId", unitId);
        Require.id("committeeId", committeeId);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public KontorServiceStartedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new KontorServiceStartedEvent(organisationId, committeeId, unitId, effectiveDate, decisionId, changeId);
    }
}
