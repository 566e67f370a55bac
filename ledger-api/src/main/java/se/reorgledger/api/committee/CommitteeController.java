package se.reorgledger.api.committee;

import io.swagger.v3.oas.annotations.Operation;
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
import se.reorgledger.projections.rebuild.ProjectionHolder;

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
    @Operation(summary = "The nämnder on a date: reglemente in force, the kontor serving each, member kommuner")
    public ResponseEntity<?> committees(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().committees(organisationId, time.asOf(asOf),
                        time.knownAt(knownAt)));
    }

    @GetMapping("/assignments")
    @Operation(summary = "The uppdrag given by a date: owner, leader, group, tidplan, and the decisions that gave "
            + "and carried out each")
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
                    + "done together with other kommuner, often hosted by one of them.")
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
                    + "units in avdelningar or enheter of their own. Reported, never refused.")
    public ResponseEntity<?> rules(
            @PathVariable String organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
            WebRequest request) {
        return responses.answer(knownAt, request, () ->
                readModels.current().rules(organisationId, time.asOf(asOf), time.knownAt(knownAt)));
    }
}
