package se.reorgledger.api.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
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
    private final AnswersAboutNow aboutNow;

    public SettledResponses(ObjectMapper mapper, ReadSideStatus status, AnswersAboutNow aboutNow) {
        this.mapper = mapper;
        this.status = status;
        this.aboutNow = aboutNow;
    }

    /**
     * The answer {@code body} gives, asked of the read models only after deciding whether it is final: decided
     * afterwards, an event applied in between could mark final an answer computed without what came before it.
     */
    public ResponseEntity<?> answer(Instant requestedKnownAt, WebRequest request, Supplier<?> body) {
        boolean settled = requestedKnownAt != null && status.knowsEverythingRecordedUpTo(requestedKnownAt);
        Object answer = body.get();
        if (!settled) {
            return notFinal().body(answer);
        }
        return settled(request, answer);
    }

    /**
     * As {@link #answer(Instant, WebRequest, Supplier)}, and an answer about now is kept per read-model position
     * ({@link AnswersAboutNow}), as REST clients ask for the current organisation again and again; {@code question}
     * names all that shapes the answer besides the organisation, resolved.
     */
    public ResponseEntity<?> answer(Instant requestedKnownAt, WebRequest request, String organisationId,
                                    List<Object> question, Supplier<?> body) {
        if (requestedKnownAt != null || !acceptsJson(request)) {
            return answer(requestedKnownAt, request, body);
        }
        byte[] answer = aboutNow.json(organisationId, question, () -> json(body.get()), () -> json(Instant.now()));
        return notFinal().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    /**
     * The same rules for an answer in another representation (JSON-LD, Turtle, CSV): {@code body} writes its bytes,
     * and the ETag of a final answer is the SHA-256 of those bytes. Every answer varies by Accept, as the same
     * address may answer in several representations.
     */
    public ResponseEntity<byte[]> answer(Instant requestedKnownAt, WebRequest request, MediaType type,
                                         Supplier<byte[]> body) {
        boolean settled = requestedKnownAt != null && status.knowsEverythingRecordedUpTo(requestedKnownAt);
        byte[] bytes = body.get();
        if (!settled) {
            return notFinal().contentType(type).body(bytes);
        }
        return settled(request, type, bytes);
    }

    /**
     * A final JSON answer: written once into a lent buffer ({@link SettledJson}), its ETag the SHA-256 of those
     * bytes, and written from there to the response, or the buffer given back at once if the client has them.
     */
    private ResponseEntity<?> settled(WebRequest request, Object answer) {
        SettledJson json;
        try {
            json = SettledJson.write(out -> mapper.writeValue(out, answer));
        } catch (IOException e) {
            throw new IllegalStateException("a read model view is always serialisable", e);
        }
        String etag = json.etag();
        if (request.checkNotModified(etag)) {
            json.release();
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(SETTLED).varyBy(HttpHeaders.ACCEPT)
                .contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private ResponseEntity<byte[]> settled(WebRequest request, MediaType type, byte[] bytes) {
        String etag = etagOf(bytes, bytes.length);
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(SETTLED).varyBy(HttpHeaders.ACCEPT).contentType(type)
                .body(bytes);
    }

    /**
     * Kept answers are JSON: they serve a client that sends no Accept, only {@code *}/{@code *}, or names JSON;
     * any other is negotiated as before.
     */
    private static boolean acceptsJson(WebRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            boolean anything = types.size() == 1 && types.get(0).isWildcardType()
                    && types.get(0).isWildcardSubtype() && types.get(0).getQualityValue() > 0;
            return anything || types.stream().anyMatch(type -> type.getQualityValue() > 0
                    && type.getType().equals("application") && type.getSubtype().equals("json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read model view is always serialisable", e);
        }
    }

    /** The strong ETag of a final answer: the SHA-256 of the first {@code length} bytes answered. */
    static String etagOf(byte[] bytes, int length) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(bytes, 0, length);
            return "\"" + HexFormat.of().formatHex(sha256.digest()) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** An answer that is not final: not to be cached without asking again, and varying by Accept. */
    private static ResponseEntity.BodyBuilder notFinal() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).varyBy(HttpHeaders.ACCEPT);
    }
}
