package se.reorgledger.api.diff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.api.readmodel.SettledResponses;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.projections.diff.DiffView;
import se.reorgledger.projections.rebuild.ProjectionHolder;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/diff")
@Tag(name = "Structure")
public class DiffController {

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;

    public DiffController(ProjectionHolder readModels, ReadTime time, SettledResponses responses) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "What changed between the organisation on one date and on another",
            description = "Units established, dissolved (with their successors), moved (from and to parent), "
                    + "renamed, of another kind or myndighetsutövning; chef roles established and ended; "
                    + "appointments, holders leaving included (roleEnded when the role ended with them); reglementen "
                    + "coming into force; nämnder registered and dissolved; kontor starting and ending their service "
                    + "to a nämnd; kommuner joining and leaving a gemensam nämnd. Each item names the change and "
                    + "decision that caused it, and whether that decision is illustrative.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DiffView.class)))
    public ResponseEntity<?> diff(
            @PathVariable String organisationId,
            @Parameter(example = "2025-12-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,
            @Parameter(example = "2026-01-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        time.date("from", from);
        time.date("to", to);
        if (from.isAfter(to)) {
            throw new InvalidChangeException("from", "must not be after 'to' (" + from + " is after " + to + ")");
        }
        return responses.answer(knownAt, request, () ->
                readModels.current().diff(organisationId, from, to, time.knownAt(knownAt)));
    }
}
