package se.reorgledger.api.change;

import io.swagger.v3.oas.annotations.Operation;
import se.reorgledger.api.openapi.Examples;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.ledger.LedgerCommands;
import se.reorgledger.api.security.SecurityProperties;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.organisation.RecordChangePackageCommand;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/decisions/{decisionId}/changes")
@Tag(name = "Decisions")
public class ChangePackageController {

    private final LedgerCommands commands;
    private final int maxChanges;

    public ChangePackageController(LedgerCommands commands, SecurityProperties security) {
        this.commands = commands;
        this.maxChanges = security.maxChangesPerPackage();
    }

    @PostMapping
    @Operation(summary = "Record the package of changes a decision makes",
            description = "All changes are recorded together or none is. Every hard rule is checked on the "
                    + "organisation as it would be on every date the package affects, including later dates that "
                    + "a retroactive change would break; a broken rule refuses the whole package (422). The PM's "
                    + "guidelines are reported with the result. With dryRun=true nothing is recorded. Sending the "
                    + "same package again records nothing (status alreadyRecorded). With If-Match (the organisation's "
                    + "version) the package is recorded only if nothing was recorded for the organisation since.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "Dry run, or the same package was already recorded")
    @ApiResponse(responseCode = "400", description = "Malformed package")
    @ApiResponse(responseCode = "404", description = "No such organisation or decision")
    @ApiResponse(responseCode = "409", description = "An identifier in the package is already in use")
    @ApiResponse(responseCode = "412", description = "If-Match named a version, and the organisation has changed "
            + "since; the answer names what was recorded since")
    @ApiResponse(responseCode = "422", description = "A hard rule would be broken; nothing was recorded",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "A cycle", value = Examples.REFUSAL)))
    public ResponseEntity<PackageResponse> record(
            @PathVariable String organisationId,
            @PathVariable String decisionId,
            @Parameter(description = "Check and show the outcome without recording anything")
            @RequestParam(defaultValue = "false") boolean dryRun,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "The cut-over of Serviceavdelningen", value = Examples.PACKAGE)))
            @Parameter(description = "Record only if the organisation is still at this version (its ETag)")
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ChangePackageRequest request) {
        if (request.changes() != null && request.changes().size() > maxChanges) {
            throw new InvalidChangeException("changes", "a package holds at most " + maxChanges
                    + " changes; record a larger reorganisation as several packages of the decision");
        }
        Long expectedVersion = IfMatch.expectedVersion(ifMatch);
        PackageOutcome outcome = send(new RecordChangePackageCommand(organisationId, decisionId, request.changes(),
                dryRun, expectedVersion));
        PackageResponse body = PackageResponse.of(outcome);
        if (outcome.status() == PackageOutcome.Status.RECORDED) {
            return ResponseEntity.created(URI.create(
                    "/api/v1/organisations/" + organisationId + "/decisions/" + decisionId)).body(body);
        }
        return ResponseEntity.ok(body);
    }

    /**
     * A conditional package meets a newer version also when its own first attempt was recorded and only the answer
     * was lost (it is then sent again): asked once more without the condition, as a dry run, the ledger says
     * whether exactly this package is recorded, and then the answer is that, not a conflict.
     */
    private PackageOutcome send(RecordChangePackageCommand command) {
        try {
            return commands.send(command);
        } catch (ConflictingAggregateVersionException changedSince) {
            PackageOutcome check = commands.send(new RecordChangePackageCommand(command.organisationId(),
                    command.decisionId(), command.changes(), true));
            if (check.status() == PackageOutcome.Status.ALREADY_RECORDED) {
                return check;
            }
            throw changedSince;
        }
    }
}
