package se.reorgledger.api.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.ledger.LedgerCommands;
import se.reorgledger.core.person.CorrectPersonNameCommand;
import se.reorgledger.core.person.RegisterPersonCommand;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/persons")
@Tag(name = "Persons", description = "The person register: changes name people by id, the register holds names")
public class PersonController {

    private final LedgerCommands commands;

    public PersonController(LedgerCommands commands) {
        this.commands = commands;
    }

    public record PersonRequest(String id, String name) {
    }

    public record NameCorrection(String name, String reason) {
    }

    @PostMapping
    @Operation(summary = "Register a person", description = "Registering the same person again changes nothing.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "200", description = "Already registered with this name")
    @ApiResponse(responseCode = "409", description = "The id is registered with another name")
    public ResponseEntity<PersonRequest> register(@PathVariable String organisationId,
                                                  @RequestBody PersonRequest request) {
        RegisterPersonCommand command = new RegisterPersonCommand(organisationId, request.id(), request.name());
        boolean registeredNow = commands.send(command);
        PersonRequest body = new PersonRequest(command.personId(), command.name());
        URI location = URI.create("/api/v1/organisations/" + organisationId + "/persons/" + command.personId());
        return registeredNow ? ResponseEntity.created(location).body(body) : ResponseEntity.ok(body);
    }

    @PutMapping("/{personId}/name")
    @Operation(summary = "Correct a person's name",
            description = "A new event corrects the register; no change that names the person is rewritten. "
                    + "Views as known before the correction keep the old name.")
    @ApiResponse(responseCode = "200", description = "Corrected (or already so)")
    @ApiResponse(responseCode = "404", description = "No such person")
    public ResponseEntity<PersonRequest> correctName(@PathVariable String organisationId,
                                                     @PathVariable String personId,
                                                     @RequestBody NameCorrection correction) {
        CorrectPersonNameCommand command = new CorrectPersonNameCommand(organisationId, personId, correction.name(),
                correction.reason());
        commands.<Object>send(command);
        return ResponseEntity.ok(new PersonRequest(personId, command.name()));
    }
}
