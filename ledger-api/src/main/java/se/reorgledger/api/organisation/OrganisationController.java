package se.reorgledger.api.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.ledger.LedgerCommands;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The kommuner whose organisation the ledger records")
public class OrganisationController {

    private final LedgerCommands commands;

    public OrganisationController(LedgerCommands commands) {
        this.commands = commands;
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
