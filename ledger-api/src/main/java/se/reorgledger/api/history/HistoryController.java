package se.reorgledger.api.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import se.reorgledger.api.openapi.ProvenanceTexts;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.api.readmodel.SettledResponses;
import se.reorgledger.projections.history.UnitHistoryView;
import se.reorgledger.projections.rebuild.ProjectionHolder;
import se.reorgledger.projections.trail.DecisionTrailView;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/units/{unitId}")
@Tag(name = "History and decision trail", description = "Every change that touched a unit, and the decisions "
        + "behind it, as known at a moment")
public class HistoryController {

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    public HistoryController(ProjectionHolder readModels, ReadTime time, SettledResponses responses) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping("/history")
    @Operation(summary = "Every change that touched the unit, in effective order",
            description = "Each with its event id, type, effective date, recorded time, who recorded it, its "
                    + "decision (organ, date, §, diarienummer, title), a one-line summary in Swedish, and any "
                    + "correction or annulment of it known at knownAt." + ProvenanceTexts.CITED_DECISIONS)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitHistoryView.class)))
    public ResponseEntity<?> history(
            @PathVariable String organisationId,
            @PathVariable String unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().history(organisationId, unitId, time.knownAt(knownAt)));
    }

    @GetMapping("/decision-trail")
    @Operation(summary = "The decisions that shaped the unit, oldest first",
            description = "Each with the changes it made to this unit and to its predecessors: the units that "
                    + "were dissolved with this one among their successors, followed back through every merge."
                    + ProvenanceTexts.CITED_DECISIONS)
    @ApiResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = DecisionTrailView.class)))
    public ResponseEntity<?> decisionTrail(
            @PathVariable String organisationId,
            @PathVariable String unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().decisionTrail(organisationId, unitId, time.knownAt(knownAt)));
    }
}
