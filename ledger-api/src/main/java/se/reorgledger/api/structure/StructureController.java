package se.reorgledger.api.structure;

import io.swagger.v3.oas.annotations.Operation;
import se.reorgledger.api.openapi.Examples;
import se.reorgledger.api.openapi.ProvenanceTexts;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import se.reorgledger.projections.structure.StructureView;
import se.reorgledger.projections.structure.UnitListItem;
import se.reorgledger.projections.structure.UnitView;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}")
@Tag(name = "Structure", description = "The organisation as of a date (asOf), as the ledger knew it at a moment "
        + "(knownAt). Defaults: asOf = today in Sweden, knownAt = now. Corrections recorded after knownAt are "
        + "invisible to that question; those recorded before it are applied.")
public class StructureController {

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    public StructureController(ProjectionHolder readModels, ReadTime time, SettledResponses responses) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping("/structure")
    @Operation(summary = "The organisation tree on a date, as known at a moment",
            description = "Each unit with its kind, authority status, chef roles and their holders, and its "
                    + "children in Swedish name order. With a knownAt in the past the answer is final and carries "
                    + "a strong ETag. `provenance` maps each unit, chef role and holder (by id) to its own."
                    + ProvenanceTexts.PROVENANCE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = StructureView.class),
            examples = @ExampleObject(name = "Askersund on 1 January 2026",
            value = Examples.STRUCTURE)))
    public ResponseEntity<?> structure(
            @PathVariable String organisationId,
            @Parameter(example = "2026-01-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(example = "2025-12-01T12:00:00Z") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        LocalDate on = time.asOf(asOf);
        return responses.answer(knownAt, request, organisationId, List.of("structure", on), () ->
                readModels.current().structure(organisationId, on, time.knownAt(knownAt)));
    }

    @GetMapping("/units")
    @Operation(summary = "The units on a date as a flat list, each with its path from the kommun",
            description = "q matches names case-insensitively and ignoring diacritics (\\\"forvaltning\\\" finds "
                    + "\\\"förvaltning\\\"). Each unit carries its `provenance`." + ProvenanceTexts.PROVENANCE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = UnitListItem.class))))
    public ResponseEntity<?> units(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            @Parameter(example = "samhallsbyggnad") @RequestParam(required = false) String q,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().units(organisationId, time.asOf(asOf), time.knownAt(knownAt), q));
    }

    @GetMapping("/units/{unitId}")
    @Operation(summary = "One unit on a date: its path, chef roles and holders",
            description = "`provenance` maps the unit, its chef roles and their holders (by id) to their own."
                    + ProvenanceTexts.PROVENANCE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    public ResponseEntity<?> unit(
            @PathVariable String organisationId,
            @PathVariable String unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().unit(organisationId, unitId, time.asOf(asOf),
                        time.knownAt(knownAt)));
    }
}
