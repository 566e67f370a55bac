package se.reorgledger.api.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers reads, and marks an answer final only when it is. An answer as known at a past moment is final once
 * the read models have applied an event recorded after that moment: appends are serialised and recorded in
 * increasing time, so nothing recorded up to the moment can arrive later, and the same question will always
 * get the same answer. A final answer carries a strong ETag (the SHA-256 of its bytes) and may be cached for
 * good; a matching If-None-Match is answered 304. Any other answer (about now, or about a moment the read models
 * may not have seen the end of) is not cached.
 */
@Component
public class SettledResponses {

    private static final CacheControl SETTLED = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final ObjectMapper mapper;
    private final ReadSideStatus status;

    public SettledResponses(ObjectMapper mapper, ReadSideStatus status) {
        this.mapper = mapper;
        this.status = status;
    }

    /**
     * The answer {@code body} gives, asked of the read models only after deciding whether it is final: decided
     * afterwards, an event applied in between could mark final an answer computed without what came before it.
     */
    public ResponseEntity<?> answer(Instant requestedKnownAt, WebRequest request, Supplier<?> body) {
        boolean settled = requestedKnownAt != null && status.knowsEverythingRecordedUpTo(requestedKnownAt);
        Object answer = body.get();
        if (!settled) {
            return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(answer);
        }
        byte[] json = json(answer);
        String etag = "\"" + HexFormat.of().formatHex(sha256(json)) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(SETTLED).contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read model view is always serialisable", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
