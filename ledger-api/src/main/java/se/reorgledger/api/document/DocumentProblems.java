package se.reorgledger.api.document;

import static se.reorgledger.api.problem.ProblemHandler.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of documents' bytes, each with a stable type. Bytes altered in the store are the service's fault,
 * not the client's: {@code 500 document-altered}, logged and counted, the bytes never served.
 */
@RestControllerAdvice(assignableTypes = {DocumentController.class, DocumentAttachmentController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

    static final String ALTERED = "document-altered";
    static final String NOT_HELD = "document-not-held";
    static final String HASH_MISMATCH = "document-hash-mismatch";
    static final String SIZE_DIFFERS = "document-size-differs";

    @ExceptionHandler(DocumentAlteredException.class)
    ResponseEntity<ProblemDetail> altered(DocumentAlteredException e) {
        AlteredDocumentAlarm.raise(e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, ALTERED, "The document's bytes were altered",
                "The bytes held for document " + e.sha256() + " no longer hash to it: they were changed in the "
                        + "store after they were kept, and are not served. The operator is told; the original "
                        + "bytes restored from a backup (on the embedded store, uploaded again) put it right.");
        problem.setProperty("sha256", e.sha256());
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, problem);
    }

    @ExceptionHandler(DocumentNotHeldException.class)
    ResponseEntity<ProblemDetail> notHeld(DocumentNotHeldException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, NOT_HELD, "The document's bytes are not held",
                e.getMessage());
        problem.setProperty("sha256", e.sha256());
        return answer(HttpStatus.NOT_FOUND, problem);
    }

    @ExceptionHandler(DocumentHashMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(DocumentHashMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, HASH_MISMATCH,
                "The bytes do not hash to the SHA-256 named", e.getMessage());
        problem.setProperty("sha256", e.named());
        problem.setProperty("actual", e.actual());
        return answer(HttpStatus.UNPROCESSABLE_ENTITY, problem);
    }

    @ExceptionHandler(DocumentSizeDiffersException.class)
    ResponseEntity<ProblemDetail> sizeDiffers(DocumentSizeDiffersException e) {
        return answer(HttpStatus.UNPROCESSABLE_ENTITY, problem(HttpStatus.UNPROCESSABLE_ENTITY, SIZE_DIFFERS,
                "The size differs from the bytes held", e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
