package se.reorgledger.api.problem;

import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import se.reorgledger.api.json.StrictUtf8;
import se.reorgledger.api.problemtype.ProblemTypes;
import se.reorgledger.api.security.RequestSizeLimitFilter;
import org.springframework.lang.NonNull;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.reorgledger.api.admin.EmbeddedBackupController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.reorgledger.api.readmodel.ReadModelsUnavailableException;
import se.reorgledger.projections.index.RejectedSectionException;
import se.reorgledger.api.scenario.ScenarioImportException;
import se.reorgledger.api.scenario.ScenarioRule;
import se.reorgledger.api.store.TransientStoreFault;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.organisation.ConflictException;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.projections.structure.UnitNotInForceException;

/**
 * Every client mistake becomes an RFC 9457 problem: a stable type, the rule in plain words, the fields at fault.
 * Nothing of the server's insides (stack traces, SQL, class names) reaches a response.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final java.time.Duration STORE_RETRY_AFTER = java.time.Duration.ofSeconds(2);

    @ExceptionHandler(InvalidChangeException.class)
    ProblemDetail invalid(InvalidChangeException e) {
        return invalidRequest(List.of(new FieldError(e.field(), e.rule())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalidParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "" : e.getRequiredType().isEnum()
                ? "must be one of " + java.util.Arrays.stream(e.getRequiredType().getEnumConstants())
                        .map(Object::toString).collect(java.util.stream.Collectors.joining(", "))
                : switch (e.getRequiredType().getSimpleName()) {
            case "LocalDate" -> "must be a date that exists, written YYYY-MM-DD";
            case "Instant" -> "must be an ISO-8601 instant such as 2026-01-01T12:00:00Z";
            case "boolean", "Boolean" -> "must be true or false";
            default -> "must be a " + e.getRequiredType().getSimpleName();
        };
        return invalidRequest(List.of(new FieldError(e.getName(), expected + " (got '" + e.getValue() + "')")));
    }

    @ExceptionHandler(UnknownEntityException.class)
    ProblemDetail unknown(UnknownEntityException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(UnitNotInForceException.class)
    ProblemDetail notInForce(UnitNotInForceException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not in the organisation then",
                e.getMessage());
        problem.setProperty("kind", "unit");
        problem.setProperty("id", e.unitId());
        problem.setProperty("asOf", e.asOf());
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownOrganisation(AggregateNotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                "No organisation '" + e.getAggregateIdentifier() + "' is registered");
        problem.setProperty("kind", "organisation");
        problem.setProperty("id", e.getAggregateIdentifier());
        return problem;
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail organisationExists(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.ORGANISATION_EXISTS, "Organisation already registered",
                "An organisation with this id is already registered; ids are never reused");
    }

    @ExceptionHandler(EmbeddedBackupController.NotEmbeddedException.class)
    ProblemDetail notEmbedded(EmbeddedBackupController.NotEmbeddedException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.BACKUP_NOT_EMBEDDED, "Not the embedded store", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.rule().slug(), e.rule().statement(), e.getMessage());
        problem.setProperty("subjects", e.subjects());
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_CHANGE, "Concurrent change",
                "The organisation was changed by others while this request was checked, repeatedly; send it again");
    }

    @ExceptionHandler(PackageRefusedException.class)
    ProblemDetail refused(PackageRefusedException e) {
        List<ViolationView> violations = e.violations().stream().map(v -> ViolationView.of(v, e)).toList();
        String detail = e.getMessage() + (violations.size() > 1 ? " (and " + (violations.size() - 1)
                + " more; nothing was recorded)" : " (nothing was recorded)");
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, e.rule().slug(), e.rule().statement(),
                detail);
        problem.setProperty("violations", violations);
        // Packages refused, by the rule they broke: a metric beside the requests' own timings.
        Metrics.counter("ledger.packages.refused", "rule", e.rule().slug()).increment();
        return problem;
    }

    @ExceptionHandler(ScenarioImportException.class)
    ProblemDetail scenario(ScenarioImportException e) {
        HttpStatus status = ScenarioRule.MIGRATION_NEEDS_ADMIN.slug().equals(e.rule())
                ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = problem(status, e.rule(), "The scenario cannot be imported",
                e.getMessage() + " (nothing was recorded)");
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(ReadModelsUnavailableException.class)
    ResponseEntity<ProblemDetail> readModelsUnavailable(ReadModelsUnavailableException e) {
        return unavailable(e.problemType(), "The read models cannot answer now", e.getMessage(), e.retryAfter());
    }

    @ExceptionHandler(RejectedSectionException.class)
    ResponseEntity<ProblemDetail> readModelsRebuilding(RejectedSectionException e) {
        return unavailable(ProblemTypes.READ_MODELS_REBUILDING, "The read models are being rebuilt",
                "The read models of organisation " + e.organisationId() + " failed their checks when they were "
                        + "loaded from this node's checkpoint; they are rebuilt from the ledger's events and are "
                        + "not served until then", java.time.Duration.ofSeconds(10));
    }

    static ResponseEntity<ProblemDetail> unavailable(String slug, String title, String detail,
                                                     java.time.Duration retryAfter) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, slug, title, detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (TransientStoreFault.isTransient(e)) {
            log.warn("The ledger's database failed to answer: {}", e.toString());
            return unavailable(ProblemTypes.STORE_UNAVAILABLE, "The ledger's database is unavailable",
                    "The database did not answer in time; nothing in the request was recorded unless it was "
                            + "acknowledged. Send it again (a package sent twice is recorded once).",
                    STORE_RETRY_AFTER);
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem(
                HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error",
                "The service failed to answer; nothing in your request was recorded unless it was acknowledged"));
    }

    /**
     * A streamed (chunked) body over the limit, or one still arriving after the allowed time, is found only while
     * it is read: by the JSON reader (below) or by a controller that reads the bytes itself (documents).
     */
    @ExceptionHandler(RequestSizeLimitFilter.BodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(RequestSizeLimitFilter.BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "Request too large",
                        e.getMessage()));
    }

    @ExceptionHandler(RequestSizeLimitFilter.BodyTooSlowException.class)
    ResponseEntity<Object> bodyTooSlow(RequestSizeLimitFilter.BodyTooSlowException e) {
        return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT).header(HttpHeaders.CONNECTION, "close")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.REQUEST_TIMEOUT, "request-too-slow", "Request too slow", e.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
                return bodyTooLarge(tooLarge);
            }
            if (t instanceof RequestSizeLimitFilter.BodyTooSlowException tooSlow) {
                return bodyTooSlow(tooSlow);
            }
            if (t instanceof StrictUtf8.InvalidUtf8Exception) {
                return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldError(null, t.getMessage()))));
            }
        }
        Throwable cause = e.getCause();
        FieldError error = cause == null ? new FieldError(null, "A request body is required")
                : JsonProblems.describe(cause);
        return ResponseEntity.badRequest().body(invalidRequest(List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            @NonNull MissingServletRequestParameterException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(invalidRequest(List.of(
                new FieldError(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            @NonNull HttpRequestMethodNotSupportedException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem(
                HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                e.getMethod() + " is not supported here"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            @NonNull HttpMediaTypeNotSupportedException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send the body as application/json"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            @NonNull HttpMediaTypeNotAcceptableException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        if (!(e instanceof RepresentationNotOfferedException)) {
            ProblemDetail problem = problem(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                    "The API answers in application/json");
            problem.setProperty("available", List.of(MediaType.APPLICATION_JSON_VALUE));
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(problem);
        }
        List<String> available = e.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        ProblemDetail problem = problem(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                "This resource is available as " + String.join(", ", available) + "; ask for one of them in Accept, "
                        + "or leave Accept out for " + available.get(0));
        problem.setProperty("available", available);
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(@NonNull NoResourceFoundException e,
                                                                    @NonNull HttpHeaders headers,
                                                                    @NonNull HttpStatusCode status,
                                                                    @NonNull WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
                "Not found", "There is nothing at /" + e.getResourcePath()));
    }

    static ProblemDetail invalidRequest(List<FieldError> errors) {
        String detail = errors.stream()
                .map(error -> error.field() == null ? error.message() : error.field() + " " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is malformed");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                detail + " (nothing was recorded)");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A problem of the catalogue's type {@code slug}; public for the advices of other packages. */
    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(slug));
        problem.setTitle(title);
        return problem;
    }
}
