package se.reorgledger.core.committee;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record AdoptReglemente(String committeeId, String version, String documentReference, String sha256, LocalDate effectiveDate) implements Change {

    public AdoptReglemente {
        Require.id("committeeId", committeeId);
        version = Require.text("version", version);
        documentReference = Require.text("documentReference", documentReference);
        sha256 = Require.optionalSha256("sha256", sha256);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public ReglementeAdoptedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new ReglementeAdoptedEvent(organisationId, committeeId, version, documentReference, sha256, effectiveDate, decisionId, changeId);
    }
}
