package se.reorgledger.api.restatement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.api.readmodel.SettledResponses;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.projections.rebuild.ProjectionHolder;
import se.reorgledger.projections.restatement.RestatementView;
import se.reorgledger.projections.restatement.RestatementsSinceView;

/**
 * What the ledger has restated: about one date between two moments of its knowledge, or since one moment. A
 * request gives either {@code knownFrom} (with {@code asOf}) or {@code since}; each form refuses the other's
 * parameters by name.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/restatements")
@Tag(name = "Structure")
public class RestatementController {

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    public RestatementController(ProjectionHolder readModels, ReadTime time, SettledResponses responses) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping(params = "!since")
    @Operation(summary = "What became known between two moments about the organisation on a date",
            description = "Every unit, chef role, nämnd, uppdrag and cooperation whose facts on asOf differ as "
                    + "known at knownFrom and at knownTo (default now), each difference named (inForce, name, "
                    + "parentId, holderId, servingUnitIds...) with its value before and after, and the changes and "
                    + "corrections recorded in between that bear on the date, each with its decision.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RestatementView.class)))
    @ApiResponse(responseCode = "400", description = "A parameter missing, unknown, empty, given twice or out of "
            + "order (knownFrom after knownTo, a moment later than now)")
    @ApiResponse(responseCode = "404", description = "No such organisation at knownTo")
    public ResponseEntity<?> between(
            @PathVariable String organisationId,
            @Parameter(example = "2026-01-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(example = "2026-02-01T00:00:00Z") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownTo,
            WebRequest request) {
        LocalDate date = time.asOf(asOf);
        Instant from = time.moment("knownFrom", knownFrom);
        Instant to = upTo(knownTo);
        inOrder("knownFrom", from, to);
        return responses.answer(knownTo, request, () ->
                readModels.current().restatements(organisationId, date, from, to));
    }

    @GetMapping(params = "since")
    @Operation(summary = "Every retroactive change and every correction recorded since a moment",
            description = "Recorded after since and up to knownTo (default now), in ledger order: each change that "
                    + "took effect before the day (in Sweden) it was recorded, and each correction (a new effective "
                    + "date, an annulment), with its decision, the entity it concerns and the ranges of asOf dates "
                    + "whose answers it altered when it was recorded.")
    @ApiResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = RestatementsSinceView.class)))
    @ApiResponse(responseCode = "400", description = "A parameter unknown, empty, given twice or out of order")
    @ApiResponse(responseCode = "404", description = "No such organisation at knownTo")
    public ResponseEntity<?> since(
            @PathVariable String organisationId,
            @Parameter(example = "2026-02-01T00:00:00Z") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownTo,
            WebRequest request) {
        Instant from = time.moment("since", since);
        Instant to = upTo(knownTo);
        inOrder("since", from, to);
        return responses.answer(knownTo, request, () ->
                readModels.current().restatementsSince(organisationId, from, to));
    }

    private Instant upTo(Instant knownTo) {
        return knownTo == null ? time.knownAt(null) : time.moment("knownTo", knownTo);
    }

    private static void inOrder(String parameter, Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new InvalidChangeException(parameter, "must not be later than knownTo (" + from + " is after "
                    + to + ")");
        }
    }
}
