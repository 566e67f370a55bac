package se.reorgledger.api.web;

import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.reorgledger.api.document.DocumentNotHeldException;
import se.reorgledger.api.document.DocumentStore;
import se.reorgledger.api.document.HeldDocument;
import se.reorgledger.api.document.ServedDocument;
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
        return ServedDocument.attachment(held, listed.name());
    }
}
