package se.reorgledger.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.provenance.Provenance;

class RenderedProvenancesTest {

    private final AtomicInteger written = new AtomicInteger();
    private final RenderedProvenances rendered = new RenderedProvenances((provenance, gen) -> {
        written.incrementAndGet();
        gen.writeStartObject();
        gen.writeStringField("decision", provenance.decisions().get(0));
        gen.writeEndObject();
    });
    private final JsonFactory factory = new JsonFactory();

    @Test
    void aProvenanceIsWrittenOnceForAnswersInUtf8WithDefaultSettings() throws IOException {
        Provenance provenance = new Provenance(List.of("ks-1"), false);

        for (int i = 0; i < 5; i++) {
            assertThat(bytes(provenance, false)).isEqualTo("[{\"decision\":\"ks-1\"},{\"decision\":\"ks-1\"}]");
        }

        assertThat(written).as("written once, then copied").hasValue(1);
        assertThat(rendered.size()).isEqualTo(1);
    }

    @Test
    void aProvenanceMetBeforeIsWrittenFromWhatItsWriterLeftOnItAndNeverFromAnotherWritersJson() throws IOException {
        RenderedProvenances other = new RenderedProvenances((provenance, gen) -> gen.writeString("other"));
        Provenance provenance = new Provenance(List.of("ks-1"), false);

        for (int i = 0; i < 3; i++) {
            assertThat(bytes(provenance, false)).isEqualTo("[{\"decision\":\"ks-1\"},{\"decision\":\"ks-1\"}]");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator gen = factory.createGenerator(out)) {
                other.write(provenance, gen);
            }
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\"other\"");
        }

        assertThat(provenance.kept()).as("left on the provenance").isNotNull();
        assertThat(written).as("this writer's JSON written once, though another's was left on it in between")
                .hasValue(1);
    }

    @Test
    void aGeneratorThatWritesOtherwiseWritesTheProvenanceItself() throws IOException {
        Provenance provenance = new Provenance(List.of("ks-1"), false);

        bytes(provenance, true);
        StringWriter chars = new StringWriter();
        try (JsonGenerator gen = factory.createGenerator(chars)) {
            rendered.write(provenance, gen);
        }

        assertThat(written).hasValue(3);
        assertThat(rendered.size()).isZero();
        assertThat(chars).hasToString("{\"decision\":\"ks-1\"}");
    }

    @Test
    void onceAsManyAsAllowedAreKeptOthersAreWrittenDirectlyAndTheKeptOnesStay() throws IOException {
        for (int i = 0; i < RenderedProvenances.MOST_KEPT; i++) {
            try (JsonGenerator gen = factory.createGenerator(new ByteArrayOutputStream())) {
                rendered.write(new Provenance(List.of("ks-" + i), false), gen);
            }
        }
        written.set(0);

        Provenance notKept = new Provenance(List.of("ks-new"), false);
        assertThat(bytes(notKept, false)).isEqualTo("[{\"decision\":\"ks-new\"},{\"decision\":\"ks-new\"}]");
        assertThat(bytes(new Provenance(List.of("ks-1"), false), false))
                .isEqualTo("[{\"decision\":\"ks-1\"},{\"decision\":\"ks-1\"}]");

        assertThat(rendered.size()).isEqualTo(RenderedProvenances.MOST_KEPT);
        assertThat(written).as("the one not kept written each time, the kept one not at all").hasValue(2);
    }

    private String bytes(Provenance provenance, boolean pretty) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = factory.createGenerator(out)) {
            if (pretty) {
                gen.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            gen.writeStartArray();
            rendered.write(provenance, gen);
            rendered.write(provenance, gen);
            gen.writeEndArray();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
