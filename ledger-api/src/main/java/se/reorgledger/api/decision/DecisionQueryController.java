package se.reorgledger.api.decision;

import io.swagger.v3.oas.annotations.Operation;
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
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.api.readmodel.SettledResponses;
import se.reorgledger.projections.rebuild.ProjectionHolder;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/decisions")
@Tag(name = "Decisions")
public class DecisionQueryController {

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    public DecisionQueryController(ProjectionHolder readModels, ReadTime time, SettledResponses responses) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "The decisions recorded, as known at a moment")
    public ResponseEntity<?> decisions(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().decisions(organisationId, time.knownAt(knownAt)));
    }

    @GetMapping("/{decisionId}")
    @Operation(summary = "A decision and every change it caused, with corrections and annulments")
    public ResponseEntity<?> decision(
            @PathVariable String organisationId,
            @PathVariable String decisionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().decision(organisationId, decisionId, time.knownAt(knownAt)));
    }
}
