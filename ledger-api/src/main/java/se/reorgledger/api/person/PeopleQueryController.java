package se.reorgledger.api.person;

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
import se.reorgledger.projections.people.ChefRolesView;
import se.reorgledger.projections.people.PersonView;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/** Chef roles and the people who hold them: who was chef of what on a date, and which decision made it so. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}")
@Tag(name = "Persons")
public class PeopleQueryController {

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    public PeopleQueryController(ProjectionHolder readModels, ReadTime time, SettledResponses responses) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping("/chef-roles")
    @Operation(summary = "Every chef role in force on a date, with its unit, holder and the appointing decision",
            description = "Each role's `provenance` tells the role (`role`) from its holder (`holder`, null while "
                    + "no one holds it): a role the sources state may have a holder only an illustrative "
                    + "decision names." + ProvenanceTexts.PROVENANCE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChefRolesView.class)))
    @ApiResponse(responseCode = "404", description = "No such organisation")
    public ResponseEntity<?> chefRoles(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().chefRoles(organisationId, time.asOf(asOf), time.knownAt(knownAt)));
    }

    @GetMapping("/persons/{personId}")
    @Operation(summary = "A person's posts over time, each with the decisions that began and ended it",
            description = "Names stay in the person register; a post names the person by id in the ledger. Each "
                    + "post's `provenance`: the decisions that began and ended it and corrected their dates, "
                    + "`illustrative` when one of them is.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @ApiResponse(responseCode = "404", description = "No such organisation or person")
    public ResponseEntity<?> person(
            @PathVariable String organisationId,
            @PathVariable String personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().person(organisationId, personId, time.knownAt(knownAt)));
    }
}
