package se.reorgledger.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.reorgledger.projections.provenance.Provenance;

/**
 * Each provenance's JSON, written once and then copied into every answer that carries it. An as-of structure
 * carries thousands of provenances, most of them the same few thousand decisions' again and again, and writing
 * each one's decisions field by field was the largest part of writing the answer.
 *
 * <p>The kept JSON is the bytes a UTF-8 generator with Jackson's default settings writes, as the service's answers
 * are written. Any other generator (to characters, pretty printing, escaping non-ASCII or slashes, its own
 * escapes, any other feature bearing on the output) writes the provenance itself, so an answer's bytes never
 * depend on whether this was used. The number kept is bounded: once it is reached, a provenance not kept is
 * written directly, at its cost before, rather than letting the kept ones go (many organisations read in turn
 * would then let them go and write them out again over and over).
 *
 * <p>Kept JSON is also left on the provenance object ({@link Provenance#kept}): an organisation's equal provenances
 * are one object, so the next answer that carries it finds its JSON there without a lookup by value.
 */
final class RenderedProvenances {

    static final int MOST_KEPT = 65_536;
    private static final JsonFactory DEFAULTS = new JsonFactory();
    /** The features that change what a generator writes for the same calls. */
    private static final int OUTPUT_FEATURES = mask(JsonGenerator.Feature.QUOTE_FIELD_NAMES,
            JsonGenerator.Feature.QUOTE_NON_NUMERIC_NUMBERS, JsonGenerator.Feature.ESCAPE_NON_ASCII,
            JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS, JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN,
            JsonGenerator.Feature.WRITE_HEX_UPPER_CASE, JsonGenerator.Feature.ESCAPE_FORWARD_SLASHES,
            JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

    private final TreeJsonModule.Writer<Provenance> writer;
    private final int renderedFeatures;
    private final Map<Provenance, RawJson> kept = new ConcurrentHashMap<>();

    RenderedProvenances(TreeJsonModule.Writer<Provenance> writer) {
        this.writer = writer;
        try (JsonGenerator defaults = DEFAULTS.createGenerator(new ByteArrayOutputStream())) {
            this.renderedFeatures = defaults.getFeatureMask() & OUTPUT_FEATURES;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the provenance as {@code writer} would with this generator, from its kept JSON where that is the same. */
    void write(Provenance provenance, JsonGenerator gen) throws IOException {
        RawJson json = writesAsRendered(gen) ? rendered(provenance) : null;
        if (json != null) {
            gen.writeRawValue(json);
        } else {
            writer.write(provenance, gen);
        }
    }

    int size() {
        return kept.size();
    }

    private boolean writesAsRendered(JsonGenerator gen) {
        return gen instanceof UTF8JsonGenerator && gen.getPrettyPrinter() == null && gen.getCharacterEscapes() == null
                && gen.getHighestEscapedChar() == 0 && (gen.getFeatureMask() & OUTPUT_FEATURES) == renderedFeatures;
    }

    /**
     * The kept JSON; null, to be written directly, for a provenance not kept once as many as allowed are. Found on
     * the provenance itself when it was met before ({@link Provenance#kept}), else by value, and then left on it.
     */
    private RawJson rendered(Provenance provenance) throws IOException {
        // Left by this writer: a provenance is shared by every mapper in the JVM, and another may write it otherwise.
        if (provenance.kept() instanceof RawJson onIt && onIt.writtenBy(this)) {
            return onIt;
        }
        RawJson known = kept.get(provenance);
        if (known == null && kept.size() < MOST_KEPT) {
            known = render(provenance);
            kept.put(provenance, known);
        }
        if (known != null) {
            provenance.keep(known);
        }
        return known;
    }

    private RawJson render(Provenance provenance) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream(64);
        try (JsonGenerator gen = DEFAULTS.createGenerator(json)) {
            writer.write(provenance, gen);
        }
        return new RawJson(json.toByteArray(), this);
    }

    private static int mask(JsonGenerator.Feature... features) {
        int mask = 0;
        for (JsonGenerator.Feature feature : features) {
            mask |= feature.getMask();
        }
        return mask;
    }
}
