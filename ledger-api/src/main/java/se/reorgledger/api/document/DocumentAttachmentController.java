package se.reorgledger.api.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.ledger.LedgerCommands;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.Require;
import se.reorgledger.core.document.AttachDocumentCommand;
import se.reorgledger.core.document.DocumentReference;
import se.reorgledger.projections.documents.DocumentView;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/** Attaches a document by its SHA-256 to a recorded decision, a step of its life or a reglemente it adopted. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/decisions/{decisionId}/documents")
@Tag(name = "Documents")
public class DocumentAttachmentController {

    private static final String EXAMPLE = """
            {"attachedTo": "decision", "role": "protokollsutdrag", "name": "Protokollsutdrag KS 2025-11-24 § 145.pdf",
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";
    private static final String RULING = """
            {"attachedTo": "ruling", "role": "dom", "name": "Dom 1234-25.pdf", "mediaType": "application/pdf",
             "size": 120004, "sha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"}""";

    private final LedgerCommands commands;
    private final DocumentStore store;
    private final ProjectionHolder readModels;
    private final ReadTime time;

    public DocumentAttachmentController(LedgerCommands commands, DocumentStore store, ProjectionHolder readModels,
                                        ReadTime time) {
        this.commands = commands;
        this.store = store;
        this.readModels = readModels;
        this.time = time;
    }

    @PostMapping
    @Operation(summary = "Attach a document to a decision, a step of its life or a reglemente version it adopted",
            description = "attachedTo: decision, justering, anslag, appeal, ruling, lagaKraft, revocation, or "
                    + "reglemente (with committeeId and reglementeVersion); role: protokollsutdrag, anslag, "
                    + "reglemente, dom, other. The ledger records the name, media type, size and SHA-256; the bytes "
                    + "may be uploaded before or after (PUT /api/v1/documents/{sha256}). When they are held, "
                    + "mediaType and size may be left out. A document of a step not recorded (a dom on a decision "
                    + "with no ruling) is refused, 422 document-attachment, and nothing is recorded. The same "
                    + "attachment sent again records nothing.")
    @ApiResponse(responseCode = "201", description = "Attached; the decision's documents as now known")
    @ApiResponse(responseCode = "200", description = "Already attached exactly so")
    @ApiResponse(responseCode = "404", description = "No such organisation or decision")
    @ApiResponse(responseCode = "422", description = "The part is not recorded, or the size differs from the bytes")
    public ResponseEntity<List<DocumentView>> attach(
            @PathVariable String organisationId,
            @PathVariable String decisionId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                @ExampleObject(name = "Protokollsutdrag, bytes uploaded", value = EXAMPLE),
                @ExampleObject(name = "Dom of the ruling", value = RULING)}))
            @RequestBody AttachDocumentRequest request) {
        boolean attachedNow = commands.send(new AttachDocumentCommand(organisationId, decisionId,
                request.attachedTo(), request.committeeId(), request.reglementeVersion(), request.role(),
                reference(request)));
        List<DocumentView> documents = readModels.current()
                .decision(organisationId, decisionId, time.knownAt(null)).documents();
        URI decision = URI.create("/api/v1/organisations/" + organisationId + "/decisions/" + decisionId);
        return ResponseEntity.status(attachedNow ? HttpStatus.CREATED : HttpStatus.OK).location(decision)
                .body(documents);
    }

    /** The reference as recorded: what the client named, completed from the bytes when they are held. */
    private DocumentReference reference(AttachDocumentRequest request) {
        String sha256 = DocumentReference.sha256("sha256", request.sha256());
        Optional<HeldDocument> held = store.read(sha256);
        if (held.isPresent() && request.size() != null && request.size() != held.get().size()) {
            throw new DocumentSizeDiffersException(sha256, request.size(), held.get().size());
        }
        String mediaType = request.mediaType() != null ? request.mediaType()
                : held.map(HeldDocument::mediaType).orElse(null);
        Long size = request.size() != null ? request.size() : held.map(HeldDocument::size).orElse(null);
        if (held.isEmpty()) {
            Require.present("mediaType", mediaType);
            if (size == null) {
                throw new InvalidChangeException("size", "is required while the bytes are not uploaded "
                        + "(PUT /api/v1/documents/" + sha256 + ")");
            }
        }
        return new DocumentReference(request.name(), mediaType, size, sha256);
    }
}
