package se.reorgledger.api.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.jena.rdf.model.Model;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.api.readmodel.SettledResponses;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/**
 * The organisation and its changes as open data: the same reads as the JSON of {@code /structure} and
 * {@code /diff}, with the same asOf, knownAt and caching, answered as JSON-LD or Turtle (W3C ORG and CPOV) or CSV
 * when the Accept header asks for one, and as a download named by its extension. See docs/open-data.md.
 */
@RestController
@Tag(name = "Open data", description = "The organisation and its changes as JSON-LD, Turtle (W3C ORG, CPOV) and "
        + "CSV: ask with Accept on /structure and /diff, or download /structure.jsonld, .ttl, .csv and "
        + "/diff.jsonld, .ttl, .csv. JSON stays the default.")
public class OpenDataController {

    static final String ORGANISATION = "/api/v1/organisations/{organisationId}";

    private final ProjectionHolder readModels;
    private final ReadTime time;
    private final SettledResponses responses;
    private final LedgerIris iris;

    public OpenDataController(ProjectionHolder readModels, ReadTime time, SettledResponses responses,
                              LedgerIris iris) {
        this.readModels = readModels;
        this.time = time;
        this.responses = responses;
        this.iris = iris;
    }

    @GetMapping(value = ORGANISATION + "/structure", produces = {Representation.JSON_LD_TYPE,
            Representation.TURTLE_TYPE, Representation.CSV_TYPE})
    @Operation(summary = "The organisation on a date as JSON-LD or Turtle (ORG, CPOV, SKOS, PROV), or its units as "
            + "CSV: id, name, kind, parent, path, chef role, holder, authority, illustrative")
    public ResponseEntity<byte[]> structure(@PathVariable String organisationId,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
                                            @RequestHeader(HttpHeaders.ACCEPT) String accept,
                                            WebRequest request) {
        return structure(organisationId, asOf, knownAt, request, Representation.chosenBy(accept));
    }

    @GetMapping(ORGANISATION + "/structure.{extension}")
    @Operation(summary = "The organisation on a date as a download: structure.jsonld, structure.ttl or structure.csv")
    public ResponseEntity<byte[]> structureDownload(@PathVariable String organisationId,
                                                    @Parameter(example = "ttl") @PathVariable String extension,
                                                    @RequestParam(required = false)
                                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                    @RequestParam(required = false)
                                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                                    Instant knownAt,
                                                    WebRequest request) throws NoResourceFoundException {
        Representation representation = download(extension, request);
        LocalDate date = time.asOf(asOf);
        return attachment(structure(organisationId, date, knownAt, request, representation),
                organisationId + "-" + date + "." + representation.extension());
    }

    @GetMapping(value = ORGANISATION + "/diff", produces = {Representation.JSON_LD_TYPE,
            Representation.TURTLE_TYPE, Representation.CSV_TYPE})
    @Operation(summary = "The changes between two dates as ORG change events in JSON-LD or Turtle, or as CSV, "
            + "each with its decision")
    public ResponseEntity<byte[]> diff(@PathVariable String organisationId,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
                                       @RequestHeader(HttpHeaders.ACCEPT) String accept,
                                       WebRequest request) {
        return changes(organisationId, from, to, knownAt, request, Representation.chosenBy(accept));
    }

    @GetMapping(ORGANISATION + "/diff.{extension}")
    @Operation(summary = "The changes between two dates as a download: diff.jsonld, diff.ttl or diff.csv")
    public ResponseEntity<byte[]> diffDownload(@PathVariable String organisationId,
                                               @Parameter(example = "csv") @PathVariable String extension,
                                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                               LocalDate from,
                                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                               LocalDate to,
                                               @RequestParam(required = false)
                                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
                                               WebRequest request) throws NoResourceFoundException {
        Representation representation = download(extension, request);
        return attachment(changes(organisationId, from, to, knownAt, request, representation),
                organisationId + "-changes-" + from + "-" + to + "." + representation.extension());
    }

    @GetMapping(value = ORGANISATION + "/decisions", produces = Representation.CSV_TYPE)
    @Operation(summary = "Every decision recorded, as known at a moment, as CSV: organ, date, §, diarienummer, "
            + "status, laga kraft", description = "The whole list, not a page, and without the JSON list's filters.")
    public ResponseEntity<byte[]> decisionsCsv(@PathVariable String organisationId,
                                               @RequestParam(required = false)
                                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
                                               WebRequest request) {
        Instant known = time.knownAt(knownAt);
        return responses.answer(knownAt, request, Representation.CSV.mediaType(), () ->
                DecisionRows.of(readModels.current().decisions(organisationId, known)).bytes());
    }

    @GetMapping(ORGANISATION + "/decisions.csv")
    @Operation(summary = "Every decision recorded, as known at a moment, as a CSV download")
    public ResponseEntity<byte[]> decisionsDownload(@PathVariable String organisationId,
                                                    @RequestParam(required = false)
                                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                                    Instant knownAt,
                                                    WebRequest request) {
        return attachment(decisionsCsv(organisationId, knownAt, request), organisationId + "-decisions.csv");
    }

    private ResponseEntity<byte[]> structure(String organisationId, LocalDate asOf, Instant knownAt,
                                             WebRequest request, Representation representation) {
        LocalDate date = time.asOf(asOf);
        Instant known = time.knownAt(knownAt);
        return responses.answer(knownAt, request, representation.mediaType(), () -> {
            LedgerProjection ledger = readModels.current();
            var structure = ledger.structure(organisationId, date, known);
            if (representation == Representation.CSV) {
                return UnitRows.of(structure).bytes();
            }
            Model graph = StructureGraph.of(iris, structure, ledger.committees(organisationId, date, known));
            return representation.write(graph);
        });
    }

    private ResponseEntity<byte[]> changes(String organisationId, LocalDate from, LocalDate to, Instant knownAt,
                                           WebRequest request, Representation representation) {
        time.date("from", from);
        time.date("to", to);
        if (from.isAfter(to)) {
            throw new InvalidChangeException("from", "must not be after 'to' (" + from + " is after " + to + ")");
        }
        Instant known = time.knownAt(knownAt);
        return responses.answer(knownAt, request, representation.mediaType(), () -> {
            ChangesBetween changes = ChangesBetween.read(readModels.current(), organisationId, from, to, known);
            return representation == Representation.CSV ? ChangeRows.of(changes).bytes()
                    : representation.write(ChangeGraph.of(iris, changes));
        });
    }

    private static Representation download(String extension, WebRequest request) throws NoResourceFoundException {
        Representation representation = Representation.ofExtension(extension);
        if (representation == null) {
            throw new NoResourceFoundException(HttpMethod.GET,
                    request.getDescription(false).replaceFirst("^uri=/?", ""));
        }
        return representation;
    }

    /** A download: the answer with a file name, or the 304 (null) it may be. */
    private static ResponseEntity<byte[]> attachment(ResponseEntity<byte[]> answer, String fileName) {
        if (answer == null) {
            return null;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(answer.getBody());
    }
}
