package se.reorgledger.api.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The mapping of requests and scenario files: strict, so that a misspelt field is an error rather than a
 * silently missing value, and with dates as ISO text.
 */
public final class LedgerObjectMappers {

    private LedgerObjectMappers() {
    }

    /**
     * The API's mapping. A field given twice is refused: it would otherwise silently take its last value. The
     * organisation tree and provenance are written without reflection ({@link TreeJsonModule}), same bytes.
     */
    public static JsonMapper json() {
        return configure(JsonMapper.builder()).addModule(new TreeJsonModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /**
     * The mapping of stored events and metadata: the ledger's wire format, frozen by golden files. It is its own
     * mapper so that no change to the API's JSON settings can alter what is written to the ledger.
     */
    public static JsonMapper events() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    public static YAMLMapper yaml() {
        return configure(YAMLMapper.builder(new YAMLFactory())).build();
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(
            B builder) {
        return builder
                .addModule(new JavaTimeModule())
                .addModule(new ChangeJsonModule())
                .addModule(new TextJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
