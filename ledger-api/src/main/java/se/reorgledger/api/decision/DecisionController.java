package se.reorgledger.api.decision;

import io.swagger.v3.oas.annotations.Operation;
import se.reorgledger.api.openapi.Examples;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.ledger.LedgerCommands;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.RecordDecisionCommand;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/decisions")
@Tag(name = "Decisions", description = "Decisions and the packages of changes they make")
public class DecisionController {

    private final LedgerCommands commands;

    public DecisionController(LedgerCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Record a decision",
            description = "Records who decided what, when, under which § and diarienummer. Recording the same "
                    + "decision again changes nothing; the same id with other particulars is a conflict. "
                    + "`kind` is `beslut` (a decision of the organ; the default), `forslag` (a proposal, which "
                    + "decides nothing: a change package under it is refused by the rule proposal-changes-nothing) "
                    + "or `delegationsbeslut` (taken under delegation in the organ's name; optionally with "
                    + "`delegate`, the person or role who took it, and `delegationPoint`, the point of the "
                    + "delegationsordning). Only a delegationsbeslut has a delegate or a delegationPoint.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed, e.g. an unknown `kind`")
    @ApiResponse(responseCode = "200", description = "Already recorded with these particulars")
    @ApiResponse(responseCode = "404", description = "No such organisation")
    @ApiResponse(responseCode = "409", description = "The id is recorded with other particulars")
    public ResponseEntity<Decision> record(
            @PathVariable String organisationId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = {@ExampleObject(name = "Uppdrag 2", value = Examples.DECISION),
                            @ExampleObject(name = "Delegationsbeslut", value = Examples.DELEGATED_DECISION)}))
            @RequestBody Decision decision) {
        URI location = URI.create("/api/v1/organisations/" + organisationId + "/decisions/" + decision.id());
        boolean recordedNow = commands.send(new RecordDecisionCommand(organisationId, decision));
        return recordedNow ? ResponseEntity.created(location).body(decision)
                : ResponseEntity.status(HttpStatus.OK).location(location).body(decision);
    }
}
