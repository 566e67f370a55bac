package se.reorgledger.api.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.document.DocumentReference;

/**
 * The bytes of documents, by their SHA-256: uploaded by a registrar, served to a reader, and hashed again on every
 * read so that bytes changed in the store are never served as the document. See docs/documents.md.
 */
@RestController
@RequestMapping(DocumentController.PATH)
@Tag(name = "Documents")
public class DocumentController {

    static final String PATH = "/api/v1/documents";

    private final DocumentStore store;

    public DocumentController(DocumentStore store) {
        this.store = store;
    }

    @PutMapping("/{sha256}")
    @Operation(summary = "Upload a document's bytes under their SHA-256",
            description = "The body is the document's bytes as they are, its Content-Type their media type. The "
                    + "bytes must hash to the SHA-256 in the path (422 document-hash-mismatch otherwise, nothing "
                    + "kept). Sending the same bytes again keeps nothing new (200). At most "
                    + "LEDGER_MAX_DOCUMENT_BYTES (20 MiB by default; 413 above it).")
    @ApiResponse(responseCode = "201", description = "Kept now")
    @ApiResponse(responseCode = "200", description = "Already held")
    @ApiResponse(responseCode = "422", description = "The bytes hash to another SHA-256")
    public ResponseEntity<DocumentBytesView> put(@PathVariable String sha256,
                                                 @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false)
                                                 String contentType,
                                                 HttpServletRequest request) throws IOException {
        String named = DocumentReference.sha256("sha256", sha256);
        String mediaType = mediaType(contentType);
        byte[] bytes = request.getInputStream().readAllBytes();
        String actual = Sha256.of(bytes);
        if (!actual.equals(named)) {
            throw new DocumentHashMismatchException(named, actual, bytes.length);
        }
        return kept(store.keep(actual, mediaType, bytes));
    }

    @PostMapping
    @Operation(summary = "Upload a document's bytes; the answer names their SHA-256",
            description = "As PUT /api/v1/documents/{sha256}, when the client has not hashed the bytes itself. "
                    + "Location is where the bytes are served.")
    @ApiResponse(responseCode = "201", description = "Kept now")
    @ApiResponse(responseCode = "200", description = "Already held")
    public ResponseEntity<DocumentBytesView> post(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false)
                                                  String contentType,
                                                  HttpServletRequest request) throws IOException {
        String mediaType = mediaType(contentType);
        byte[] bytes = request.getInputStream().readAllBytes();
        return kept(store.keep(Sha256.of(bytes), mediaType, bytes));
    }

    @GetMapping("/{sha256}")
    @Operation(summary = "A document's bytes, checked against their SHA-256",
            description = "Served with the media type they were uploaded with and ETag the SHA-256. The bytes are "
                    + "hashed again before every answer: bytes that no longer match are never served (500 "
                    + "document-altered, and the operator is told). 404 document-not-held when the ledger holds no "
                    + "bytes under that SHA-256 (a document may be recorded whose bytes were never uploaded).")
    @ApiResponse(responseCode = "200", description = "The bytes")
    @ApiResponse(responseCode = "404", description = "No bytes held under that SHA-256")
    @ApiResponse(responseCode = "500", description = "The bytes held were altered in the store")
    public ResponseEntity<byte[]> get(@PathVariable String sha256, WebRequest request) {
        String named = DocumentReference.sha256("sha256", sha256);
        HeldDocument held = store.read(named).orElseThrow(() -> new DocumentNotHeldException(named));
        if (request.checkNotModified(ServedDocument.etag(held))) {
            return ServedDocument.notModified(held);
        }
        return ServedDocument.attachment(held, held.sha256());
    }

    private static ResponseEntity<DocumentBytesView> kept(DocumentStore.Kept kept) {
        HeldDocument document = kept.document();
        URI location = URI.create(PATH + "/" + document.sha256());
        return ResponseEntity.status(kept.keptNow() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(new DocumentBytesView(document.sha256(), document.mediaType(), document.size(),
                        document.storedAt(), location.toString()));
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new InvalidChangeException("Content-Type", "is required: the document's media type, such as "
                    + "application/pdf");
        }
        return DocumentReference.mediaType(contentType);
    }

    /** The bytes held under a SHA-256: what they are and where they are served. */
    public record DocumentBytesView(String sha256, String mediaType, long size, java.time.Instant storedAt,
                                    String href) {
    }
}
