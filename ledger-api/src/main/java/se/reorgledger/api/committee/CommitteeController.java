package se.reorgledger.api.committee;

import io.swagger.v3.oas.annotations.Operation;
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
import se.reorgledger.api.openapi.ProvenanceTexts;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.api.readmodel.SettledResponses;
import se.reorgledger.projections.assignments.AssignmentsView;
import se.reorgledger.projections.committees.CommitteesView;
import se.reorgledger.projections.cooperations.CooperationsView;
import se.reorgledger.projections.decisions.ReportedDelegationsbeslutView;
import se.reorgledger.projections.rebuild.ProjectionHolder;
import se.reorgledger.projections.rules.RulesView;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}")
@Tag(name = "Nämnder, uppdrag, cooperations and guidelines")
public class CommitteeController {

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    public CommitteeController(ProjectionHolder readModels, ReadTime time, SettledResponses responses) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping("/committees")
    @Operation(summary = "The nämnder on a date: reglemente in force, the kontor serving each, member kommuner",
            description = "For a gemensam nämnd, `host` is this kommun. Each nämnd's `provenance` holds that of "
                    + "the nämnd (`committee`), its `reglemente`, each service (`servedBy`, by unit id) and each "
                    + "membership (`members`, by kommun)." + ProvenanceTexts.PROVENANCE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommitteesView.class)))
    @ApiResponse(responseCode = "404", description = "No such organisation")
    public ResponseEntity<?> committees(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().committees(organisationId, time.asOf(asOf),
                        time.knownAt(knownAt)));
    }

    @GetMapping("/committees/{committeeId}/delegationsbeslut")
    @Operation(summary = "The delegationsbeslut reported (anmälda) to a nämnd, as known at a moment",
            description = "By the day each was reported: the decision (its delegate and point of the "
                    + "delegationsordning), the day, the § of the nämnd's protocol, and who recorded the anmälan "
                    + "when. An anmälan is recorded as the lifecycle step `anmalan` of the delegationsbeslut."
                    + ProvenanceTexts.CITED_DECISIONS)
    @ApiResponse(responseCode = "200", description = "The delegationsbeslut reported to the nämnd",
            content = @Content(schema = @Schema(implementation = ReportedDelegationsbeslutView.class)))
    @ApiResponse(responseCode = "404", description = "No such organisation or nämnd")
    public ResponseEntity<?> reportedDelegationsbeslut(
            @PathVariable String organisationId,
            @PathVariable String committeeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () -> readModels.current()
                .reportedDelegationsbeslut(organisationId, committeeId, time.knownAt(knownAt)));
    }

    @GetMapping("/assignments")
    @Operation(summary = "The uppdrag given by a date: owner, leader, group, tidplan, and the decisions that gave "
            + "and carried out each",
            description = "Each uppdrag's `provenance`: the decisions that gave it and carried it out by asOf."
                    + ProvenanceTexts.PROVENANCE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssignmentsView.class)))
    @ApiResponse(responseCode = "404", description = "No such organisation")
    public ResponseEntity<?> assignments(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().assignments(organisationId, time.asOf(asOf),
                        time.knownAt(knownAt)));
    }

    @GetMapping("/cooperations")
    @Operation(summary = "The cooperations with other kommuner the kommun takes part in on a date (Sydnärke IT)",
            description = "Not units of the organisation nor nämnder it hosts: agreements through which work is "
                    + "done together with other kommuner, often hosted by one of them. Each cooperation's "
                    + "`provenance`: the decisions behind it on asOf." + ProvenanceTexts.PROVENANCE)
    @ApiResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = CooperationsView.class)))
    @ApiResponse(responseCode = "404", description = "No such organisation")
    public ResponseEntity<?> cooperations(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().cooperations(organisationId, time.asOf(asOf),
                        time.knownAt(knownAt)));
    }

    @GetMapping("/rules")
    @Operation(summary = "The PM's guidelines on a date: where the organisation departs from them",
            description = "At most three chef levels within a kontor; every kontor led by a kontorschef; authority "
                    + "units in avdelningar or enheter of their own. Reported, never refused. A kontor's role "
                    + "without a holder is \"no holder recorded\" when none was ever recorded, \"vacant\" when its "
                    + "holder left. A finding is `illustrative` when one of its subjects rests on an illustrative "
                    + "decision; `provenance` maps each subject (unit or chef role id) to its own."
                    + ProvenanceTexts.PROVENANCE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RulesView.class)))
    @ApiResponse(responseCode = "404", description = "No such organisation")
    public ResponseEntity<?> rules(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().rules(organisationId, time.asOf(asOf), time.knownAt(knownAt)));
    }
}
