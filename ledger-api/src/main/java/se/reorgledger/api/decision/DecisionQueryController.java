package se.reorgledger.api.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;
import se.reorgledger.api.openapi.ProvenanceTexts;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.api.readmodel.SettledResponses;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.projections.decisions.DecisionCursor;
import se.reorgledger.projections.decisions.DecisionPage;
import se.reorgledger.projections.decisions.DecisionQuery;
import se.reorgledger.projections.decisions.DecisionSummary;
import se.reorgledger.projections.decisions.DecisionView;
import se.reorgledger.projections.rebuild.ProjectionHolder;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/decisions")
@Tag(name = "Decisions")
public class DecisionQueryController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    public DecisionQueryController(ProjectionHolder readModels, ReadTime time, SettledResponses responses) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "The decisions recorded, as known at a moment",
            description = "Oldest first (decision date, then id), each with its status and the day it gained laga "
                    + "kraft. Every filter is optional; effectiveFrom/effectiveTo keep decisions with a change in "
                    + "force taking effect in that range. At most `limit` decisions (default " + DEFAULT_LIMIT
                    + ", at most " + MAX_LIMIT + ") are answered; a `Link` header with rel=\"next\" names the next "
                    + "page, as known at the same moment. `illustrative=true|false` keeps only the decisions "
                    + "so marked; `kind` only those of one kind (an unknown kind is 400 naming the three)."
                    + ProvenanceTexts.CITED_DECISIONS)
    @ApiResponse(responseCode = "200", description = "A page of decisions",
            headers = @Header(name = HttpHeaders.LINK, description = "<...&next=...>; rel=\"next\" unless last"),
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DecisionSummary.class))))
    @ApiResponse(responseCode = "400", description = "A parameter is malformed, unknown, empty or repeated")
    @ApiResponse(responseCode = "404", description = "No such organisation")
    public ResponseEntity<?> decisions(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            @Parameter(description = "The deciding organ, such as Kommunstyrelsen (any case)")
            @RequestParam(required = false) String organ,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
            @Parameter(description = "The diarienummer, such as KS 2025/321 (any case)")
            @RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) DecisionStatus status,
            @Parameter(description = "beslut, forslag or delegationsbeslut")
            @RequestParam(required = false) DecisionKind kind,
            @RequestParam(required = false) Boolean illustrative,
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "The cursor from the previous page's next link")
            @RequestParam(required = false) String next,
            WebRequest request) {
        Instant at = time.knownAt(knownAt);
        DecisionQuery query = new DecisionQuery(organ, range("decidedFrom", decidedFrom, "decidedTo", decidedTo),
                decidedTo, range("effectiveFrom", effectiveFrom, "effectiveTo", effectiveTo), effectiveTo,
                caseNumber, status, illustrative, kind, next == null ? null : DecisionCursor.parse("next", next),
                limit(limit));
        AtomicReference<DecisionCursor> following = new AtomicReference<>();
        ResponseEntity<?> answer = responses.answer(knownAt, request, () -> {
            DecisionPage page = readModels.current().decisions(organisationId, at, query);
            following.set(page.next());
            return page.decisions();
        });
        // null: a final page the client already holds (304), which needs no link either.
        if (answer == null || following.get() == null) {
            return answer;
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(
                "/api/v1/organisations/" + organisationId + "/decisions");
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("knownAt") && !name.equals("next")) {
                link.queryParam(name, (Object[]) values);
            }
        });
        link.queryParam("knownAt", at.toString()).queryParam("next", following.get().token());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.LINK, "<" + link.build().encode().toUriString() + ">; rel=\"next\"").body(answer.getBody());
    }

    @GetMapping("/{decisionId}")
    @Operation(summary = "A decision, its lifecycle and every change it caused, with corrections and annulments",
            description = "The decision's `illustrative` applies to every change it lists."
                    + ProvenanceTexts.CITED_DECISIONS)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @ApiResponse(responseCode = "404", description = "No such organisation or decision")
    public ResponseEntity<?> decision(
            @PathVariable String organisationId,
            @PathVariable String decisionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().decision(organisationId, decisionId, time.knownAt(knownAt)));
    }

    private static LocalDate range(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidChangeException(fromName, "must not be after " + toName + " (" + from + " > " + to + ")");
        }
        return from;
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidChangeException("limit", "must be from 1 to " + MAX_LIMIT + " (got " + limit + ")");
        }
        return limit;
    }
}
