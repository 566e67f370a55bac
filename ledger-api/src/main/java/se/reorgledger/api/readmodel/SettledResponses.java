package se.reorgledger.api.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import se.reorgledger.api.integrity.EntryHashing;

/**
 * Answers reads. An answer as known at a past moment is final, so it carries a strong ETag (the SHA-256 of its
 * bytes) and a 304 answers a matching If-None-Match; an answer about now is not cached.
 */
@Component
public class SettledResponses {

    private static final CacheControl SETTLED = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final ObjectMapper mapper;
    private final ReadTime time;

    public SettledResponses(ObjectMapper mapper, ReadTime time) {
        this.mapper = mapper;
        this.time = time;
    }

    public ResponseEntity<?> answer(Object body, Instant requestedKnownAt, WebRequest request) {
        if (!time.isSettled(requestedKnownAt)) {
            return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
        }
        byte[] json = json(body);
        String etag = "\"" + HexFormat.of().formatHex(EntryHashing.sha256().digest(json)) + "\"";
        if (matches(request.getHeader("If-None-Match"), etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(SETTLED).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(SETTLED).contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read model view is always serialisable", e);
        }
    }
}
