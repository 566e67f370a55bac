package se.reorgledger.api.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.api.readmodel.SettledResponses;
import se.reorgledger.projections.rebuild.ProjectionHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.ledger.LedgerCommands;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.projections.index.OrganisationRef;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The kommuner whose organisation the ledger records")
public class OrganisationController {

    private final LedgerCommands commands;
    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    private final OrganisationVersions versions;

    public OrganisationController(LedgerCommands commands, ProjectionHolder readModels, ReadTime time,
                                  SettledResponses responses, OrganisationVersions versions) {
        this.versions = versions;
        this.commands = commands;
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "The kommuner in the ledger, as known at a moment")
    @ApiResponse(responseCode = "200", description = "The kommuner registered",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = OrganisationRef.class))))
    public ResponseEntity<?> organisations(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().organisations(time.knownAt(knownAt)));
    }

    @GetMapping("/{organisationId}")
    @Operation(summary = "A kommun and its version",
            description = "The version is the sequence number of the last event recorded for the kommun, read from "
                    + "the ledger itself; it is also the answer's ETag. Send it as If-Match with a package to have "
                    + "the package recorded only if nothing was recorded for the kommun since.")
    @ApiResponse(responseCode = "200", description = "The kommun")
    @ApiResponse(responseCode = "404", description = "No such kommun")
    public ResponseEntity<OrganisationVersionView> organisation(@PathVariable String organisationId,
                                                                WebRequest request) {
        long version = versions.current(organisationId)
                .orElseThrow(() -> new AggregateNotFoundException(organisationId, "no such organisation"));
        String etag = "\"" + version + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        String name = readModels.current().organisations(time.knownAt(null)).stream()
                .filter(organisation -> organisation.id().equals(organisationId))
                .map(organisation -> organisation.name()).findFirst().orElse(null);
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                .body(new OrganisationVersionView(organisationId, name, version));
    }

    @PostMapping
    @Operation(summary = "Register a kommun", description = "Opens the kommun's ledger. The kommun is the root unit "
            + "of its organisation on every date.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "409", description = "An organisation with this id is already registered")
    public ResponseEntity<RegisterOrganisationRequest> register(@RequestBody RegisterOrganisationRequest request) {
        RegisterOrganisationCommand command = new RegisterOrganisationCommand(request.id(), request.name());
        commands.send(command);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + command.organisationId()))
                .body(new RegisterOrganisationRequest(command.organisationId(), command.name()));
    }
}
