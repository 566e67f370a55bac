package se.reorgledger.api.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
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
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.projections.decisions.LifecycleView;
import se.reorgledger.projections.rebuild.ProjectionHolder;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/decisions/{decisionId}/lifecycle")
@Tag(name = "Decisions")
public class DecisionLifecycleController {

    private static final String EXAMPLE = """
            {"type": "anslag", "date": "2025-11-28"}""";
    private static final String RULING = """
            {"type": "ruling", "date": "2026-03-12", "court": "Förvaltningsrätten i Karlstad",
             "courtCaseNumber": "1234-25", "outcome": "quashedInPart", "changeIds": ["ks-2025-11-24-145.3"]}""";

    private static final String ANMALAN = """
            {"type": "anmalan", "date": "2026-01-26", "committeeId": "kommunstyrelsen", "paragraph": "§ 8"}""";

    private final LedgerCommands commands;
    private final ProjectionHolder readModels;
    private final ReadTime time;

    public DecisionLifecycleController(LedgerCommands commands, ProjectionHolder readModels, ReadTime time) {
        this.commands = commands;
        this.readModels = readModels;
        this.time = time;
    }

    @PostMapping
    @Operation(summary = "Record a step in a decision's life",
            description = "The steps, by type: justering (date), anslag (date; the appeal period's last day is "
                    + "computed from it), appeal (date, court, courtCaseNumber), ruling (date, court, "
                    + "courtCaseNumber, outcome upheld | quashed | quashedInPart, and changeIds when in part), "
                    + "lagaKraft (date), revocation (date, revokingDecisionId), anmalan (date, committeeId, paragraph: "
                    + "a delegationsbeslut reported to a registered nämnd). A förslag has none of these steps. "
                    + "A quashing ruling annuls the changes "
                    + "it quashes (every change of the decision in force when wholly) as of the ruling, with the "
                    + "ruling as the reason; the annulments are checked on every date like any package. A step out "
                    + "of order is refused (422) naming the rule, and nothing is recorded. Sending the same step "
                    + "again records nothing.")
    @ApiResponse(responseCode = "201", description = "Recorded; the decision's lifecycle as now known")
    @ApiResponse(responseCode = "200", description = "Already recorded exactly so")
    @ApiResponse(responseCode = "400", description = "Malformed step")
    @ApiResponse(responseCode = "404", description = "No such organisation or decision")
    @ApiResponse(responseCode = "422", description = "Out of order, or a quash that would break a hard rule")
    public ResponseEntity<LifecycleView> record(
            @PathVariable String organisationId,
            @PathVariable String decisionId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                @ExampleObject(name = "Anslag posted", value = EXAMPLE),
                @ExampleObject(name = "Quashed in part", value = RULING),
                @ExampleObject(name = "Delegationsbeslut anmält", value = ANMALAN)}))
            @RequestBody LifecycleStep step) {
        boolean recordedNow = commands.send(new RecordLifecycleStepCommand(organisationId, decisionId, step));
        LifecycleView lifecycle = readModels.current()
                .decision(organisationId, decisionId, time.knownAt(null)).lifecycle();
        URI decision = URI.create("/api/v1/organisations/" + organisationId + "/decisions/" + decisionId);
        return ResponseEntity.status(recordedNow ? HttpStatus.CREATED : HttpStatus.OK).location(decision)
                .body(lifecycle);
    }
}
