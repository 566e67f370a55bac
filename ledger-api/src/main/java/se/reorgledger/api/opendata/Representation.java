package se.reorgledger.api.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;

/** The open-data representations beside the API's JSON: their media types and the extensions of their downloads. */
enum Representation {
    JSON_LD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    CSV("text/csv", "csv", null);

    static final String JSON_LD_TYPE = "application/ld+json";
    static final String TURTLE_TYPE = "text/turtle";
    static final String CSV_TYPE = "text/csv";

    private final MediaType mediaType;
    private final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = new MediaType(MediaType.parseMediaType(mediaType), StandardCharsets.UTF_8);
        this.extension = extension;
        this.format = format;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /**
     * The representation an Accept header prefers: its types by quality, the first that includes one of ours
     * (in the order of this enum, so {@code text/*} is Turtle). Spring routes here only when the header names one
     * of them more closely than JSON, and one handler per read keeps {@code text/*} from matching two.
     */
    static Representation chosenBy(String accept) {
        List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0.0) {
                continue;
            }
            for (Representation representation : values()) {
                if (type.includes(representation.mediaType.removeQualityValue())) {
                    return representation;
                }
            }
        }
        // Not reached: Spring routes here only for a header that includes one of ours with a quality above 0.
        return JSON_LD;
    }

    static Representation ofExtension(String extension) {
        for (Representation representation : values()) {
            if (representation.extension.equals(extension)) {
                return representation;
            }
        }
        return null;
    }

    /** Every representation of a resource that offers them all, JSON (the default) first. */
    static List<MediaType> all() {
        return List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType(JSON_LD_TYPE),
                MediaType.parseMediaType(TURTLE_TYPE), MediaType.parseMediaType(CSV_TYPE));
    }

    /** JSON and CSV: for a list that has no graph. */
    static List<MediaType> tablesOnly() {
        return List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType(CSV_TYPE));
    }

    /** Only the two RDF serialisations: for a graph that has no table. */
    static List<MediaType> graphsOnly() {
        return List.of(MediaType.parseMediaType(JSON_LD_TYPE), MediaType.parseMediaType(TURTLE_TYPE));
    }

    byte[] write(Model model) {
        if (format == null) {
            throw new IllegalStateException(this + " is not an RDF serialisation");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, model, format);
        return bytes.toByteArray();
    }
}
