package se.reorgledger.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.provenance.FactProvenance;
import se.reorgledger.projections.provenance.Provenance;
import se.reorgledger.projections.structure.StructureView;
import se.reorgledger.testkit.reference.QueryPoints;
import se.reorgledger.testkit.reference.RecordedHistory;

/** The tree and provenance written without reflection are the bytes Jackson's record serializer writes. */
class TreeJsonModuleTest {

    private final ObjectMapper api = LedgerObjectMappers.json();
    // Jackson's own writing of the views, with the API's settings that bear on them (ISO dates).
    private final ObjectMapper reflective = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void structuresOfRandomHistoriesAreWrittenByteForByteAsJacksonWritesThem() throws Exception {
        int compared = 0;
        for (long seed = 1; seed <= 12; seed++) {
            List<RecordedEvent> events = RecordedHistory.of(seed, 40);
            LedgerProjection projection = new LedgerProjection();
            events.forEach(projection::apply);
            QueryPoints points = new QueryPoints(events);
            Random random = new Random(seed);
            for (OrganisationIndex index : projection.indexes()) {
                for (int i = 0; i < 8; i++) {
                    StructureView view = projection.structure(index.id(), points.asOf(random),
                            points.knownAt(random));
                    assertThat(new String(api.writeValueAsBytes(view), "UTF-8")).as("seed %d", seed)
                            .isEqualTo(new String(reflective.writeValueAsBytes(view), "UTF-8"));
                    compared++;
                }
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void nullsEscapesAndEveryKindAreWrittenAsJacksonWritesThem() throws Exception {
        String awkward = "Å\"\\ \n\t\u2028 <>&/ é \uD83D\uDE00";
        List<UnitNode> children = Arrays.stream(UnitKind.values()).map(kind -> new UnitNode("u-" + kind, awkward,
                kind, kind.ordinal() % 2 == 0, List.of(new ChefRoleNode("r-" + kind, awkward, null),
                new ChefRoleNode("s-" + kind, null, new PersonRef("p", awkward)),
                new ChefRoleNode(null, "t", new PersonRef(null, null))), List.of())).toList();
        UnitNode root = new UnitNode("k", null, null, false, List.of(), children);
        Provenance plain = new Provenance(List.of(), false);
        Provenance illustrative = new Provenance(List.of("d1", awkward), true);
        StructureView view = new StructureView("k", LocalDate.of(2026, 1, 1), Instant.parse("2025-12-01T12:00:00Z"),
                root, new FactProvenance(Map.of("k", plain), Map.of("r", illustrative), Map.of()));

        assertThat(api.writeValueAsString(view)).isEqualTo(reflective.writeValueAsString(view))
                .contains("\"holder\":null").contains("\"kind\":null").contains("\\\"");
        assertThat(api.writerWithDefaultPrettyPrinter().writeValueAsString(view))
                .isEqualTo(reflective.writerWithDefaultPrettyPrinter().writeValueAsString(view));
    }

    @Test
    void provenancesRepeatedInOneAnswerAreWrittenAsJacksonWritesEachOfThem() throws Exception {
        String awkward = "Å\"\\ \n\u0001\u2028 é";
        String emoji = "ks \uD83D\uDE00";
        Provenance shared = new Provenance(List.of("ks-1"), false);
        Map<String, Provenance> units = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            units.put("u" + i, i % 3 == 0 ? shared : new Provenance(List.of("ks-" + i % 4, awkward), i % 2 == 0));
        }
        StructureView view = new StructureView("k", LocalDate.of(2026, 1, 1), Instant.parse("2025-12-01T12:00:00Z"),
                new UnitNode("k", "K", null, false, List.of(), List.of()),
                new FactProvenance(units, Map.of("r", shared, "s", new Provenance(List.of(emoji), false)),
                        Map.of("r", new Provenance(List.of(), true))));

        assertThat(api.writeValueAsString(view)).isEqualTo(reflective.writeValueAsString(view));
        assertThat(new String(api.writeValueAsBytes(view), "UTF-8"))
                .isEqualTo(new String(reflective.writeValueAsBytes(view), "UTF-8"));
        assertThat(api.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(view))
                .isEqualTo(reflective.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(view))
                .contains("\\u00C5");
    }

    @Test
    void provenancesWrittenFromTheirKeptJsonAreTheBytesOfEveryWayOfWriting() throws Exception {
        Provenance emoji = new Provenance(List.of("ks \uD83D\uDE00/1", "Å"), true);
        Provenance plain = new Provenance(List.of("ks-1"), false);
        Map<String, Provenance> units = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            units.put("u" + i, i % 2 == 0 ? emoji : plain);
        }
        StructureView view = new StructureView("k", LocalDate.of(2026, 1, 1), Instant.parse("2025-12-01T12:00:00Z"),
                new UnitNode("k", "K", null, false, List.of(), List.of()),
                new FactProvenance(units, units, Map.of()));

        for (JsonWriteFeature feature : new JsonWriteFeature[] {JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8,
                JsonWriteFeature.ESCAPE_FORWARD_SLASHES, JsonWriteFeature.ESCAPE_NON_ASCII}) {
            // Twice: the first answer keeps the JSON, the second is written from it.
            for (int i = 0; i < 2; i++) {
                assertThat(new String(api.writeValueAsBytes(view), "UTF-8")).as("default settings")
                        .isEqualTo(new String(reflective.writeValueAsBytes(view), "UTF-8"));
                assertThat(new String(api.writer().with(feature).writeValueAsBytes(view), "UTF-8")).as("%s", feature)
                        .isEqualTo(new String(reflective.writer().with(feature).writeValueAsBytes(view), "UTF-8"));
                assertThat(new String(api.writerWithDefaultPrettyPrinter().writeValueAsBytes(view), "UTF-8"))
                        .isEqualTo(new String(reflective.writerWithDefaultPrettyPrinter().writeValueAsBytes(view),
                                "UTF-8"));
            }
        }
    }
}
