package se.reorgledger.api.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a document's bytes are answered, by the API and by the pages alike. */
public final class ServedDocument {

    /** Content-addressed: the bytes under a hash never change, so a client may keep them as long as it likes. */
    private static final CacheControl FOR_GOOD = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private ServedDocument() {
    }

    /** The bytes, as an attachment saved under {@code filename}, with their SHA-256 as a strong ETag. */
    public static ResponseEntity<byte[]> attachment(HeldDocument held, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(held.mediaType()))
                .contentLength(held.size())
                .eTag(etag(held))
                .cacheControl(FOR_GOOD)
                // Never rendered in the service's own origin: a document is data, not a page.
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(held.bytes());
    }

    /** A plain filename as it is; any other also in RFC 5987's UTF-8 form, which browsers prefer. */
    private static String disposition(String filename) {
        boolean plain = StandardCharsets.US_ASCII.newEncoder().canEncode(filename);
        return ContentDisposition.attachment().filename(filename, plain ? null : StandardCharsets.UTF_8).build()
                .toString();
    }

    /** The answer to a client that already holds these bytes (its If-None-Match names their hash). */
    public static ResponseEntity<byte[]> notModified(HeldDocument held) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag(held)).cacheControl(FOR_GOOD).build();
    }

    public static String etag(HeldDocument held) {
        return "\"" + held.sha256() + "\"";
    }
}
