package se.reorgledger.api.problem;

import java.util.List;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.reorgledger.api.change.InvalidIfMatchException;
import se.reorgledger.api.organisation.OrganisationVersions;
import se.reorgledger.api.problemtype.ProblemTypes;

/** A conditional package whose organisation has moved on: 412, naming what was recorded since the sender looked. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PreconditionProblems {

    private final OrganisationVersions versions;

    public PreconditionProblems(OrganisationVersions versions) {
        this.versions = versions;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail changedSince(ConflictingAggregateVersionException e) {
        String organisation = String.valueOf(e.getAggregateIdentifier());
        long current = versions.current(organisation).orElse(e.getActualVersion());
        List<OrganisationVersions.RecordedSince> since = e.getExpectedVersion() < current
                ? versions.since(organisation, e.getExpectedVersion()) : List.of();
        String detail = e.getExpectedVersion() > current
                ? "The organisation is at version " + current + ", not yet at " + e.getExpectedVersion()
                + "; nothing was recorded. Read its version again (GET /api/v1/organisations/" + organisation + ")"
                : (current - e.getExpectedVersion()) + " event(s) were recorded for the organisation since version "
                + e.getExpectedVersion() + "; nothing was recorded. Look at what changed, then send the package "
                + "again with If-Match \"" + current + "\"";
        ProblemDetail problem = ProblemHandler.problem(HttpStatus.PRECONDITION_FAILED,
                ProblemTypes.ORGANISATION_CHANGED_SINCE, "The organisation has changed since", detail);
        problem.setProperty("organisation", organisation);
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        problem.setProperty("currentVersion", current);
        problem.setProperty("recordedSince", since);
        return problem;
    }

    @ExceptionHandler(InvalidIfMatchException.class)
    ProblemDetail invalidIfMatch(InvalidIfMatchException e) {
        return ProblemHandler.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_IF_MATCH, "Invalid If-Match",
                e.getMessage());
    }
}
