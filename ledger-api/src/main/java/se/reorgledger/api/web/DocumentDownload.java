package se.reorgledger.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.reorgledger.api.document.DocumentNotHeldException;
import se.reorgledger.api.document.DocumentStore;
import se.reorgledger.api.document.HeldDocument;
import se.reorgledger.core.document.DocumentReference;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.documents.DocumentView;

/**
 * A document of a decision, for the signed-in browser: the same bytes as {@code GET /api/v1/documents/{sha256}},
 * hashed again by the store before they are served, which the API's stateless chain would not let the web
 * session fetch. Only a document the decision lists is served here, saved under the name it was attached with.
 */
@Controller
class DocumentDownload {

    private final LedgerReads reads;
    private final DocumentStore store;

    DocumentDownload(LedgerReads reads, DocumentStore store) {
        this.reads = reads;
        this.store = store;
    }

    @GetMapping("/organisationer/{organisationId}/beslut/{decisionId}/dokument/{sha256}")
    ResponseEntity<byte[]> document(@PathVariable String organisationId, @PathVariable String decisionId,
                                    @PathVariable String sha256) {
        String named = DocumentReference.sha256("sha256", sha256);
        Instant now = reads.dates().knownAt(null);
        reads.organisation(organisationId, now);
        DocumentView listed = reads.current().decision(organisationId, decisionId, now).documents().stream()
                .filter(document -> document.sha256().equals(named)).findFirst()
                .orElseThrow(() -> new UnknownEntityException("document", named));
        HeldDocument held = store.read(named).orElseThrow(() -> new DocumentNotHeldException(named));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(held.mediaType()))
                .contentLength(held.size())
                .eTag("\"" + held.sha256() + "\"")
                // Content-addressed, as the API serves them: the bytes under a hash never change.
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                // Never rendered in the service's own origin: a document is data, not a page.
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(listed.name(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(held.bytes());
    }
}
