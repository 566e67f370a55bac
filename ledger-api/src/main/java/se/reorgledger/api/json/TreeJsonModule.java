package se.reorgledger.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.provenance.FactProvenance;
import se.reorgledger.projections.provenance.OrderedById;
import se.reorgledger.projections.provenance.Provenance;

/**
 * Writes the organisation tree and provenance with the generator calls Jackson's record serializer makes for
 * them (same fields, order, nulls and enum names), without its reflection per field: an as-of structure is
 * thousands of units, chef roles and provenances, and writing it was a large part of answering one. A provenance
 * is written from its JSON kept in {@link RenderedProvenances} when the generator writes as that was written.
 * {@code TreeJsonModuleTest} holds the output byte for byte to what Jackson writes without this module.
 */
final class TreeJsonModule extends SimpleModule {

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString AUTHORITY = new SerializedString("authority");
    private static final SerializedString CHEF_ROLES = new SerializedString("chefRoles");
    private static final SerializedString CHILDREN = new SerializedString("children");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString HOLDER = new SerializedString("holder");
    private static final SerializedString DECISIONS = new SerializedString("decisions");
    private static final SerializedString ILLUSTRATIVE = new SerializedString("illustrative");
    private static final SerializedString UNITS = new SerializedString("units");
    private static final SerializedString HOLDERS = new SerializedString("holders");

    private final RenderedProvenances rendered = new RenderedProvenances(TreeJsonModule::provenance);
    // One writer for every provenance of every answer, rather than a new method reference per provenance.
    private final Writer<Provenance> renderedWriter = rendered::write;

    TreeJsonModule() {
        super("reorganisation-ledger-tree");
        addSerializer(UnitNode.class, new Writes<>(UnitNode.class, TreeJsonModule::unit));
        addSerializer(ChefRoleNode.class, new Writes<>(ChefRoleNode.class, TreeJsonModule::chefRole));
        addSerializer(PersonRef.class, new Writes<>(PersonRef.class, TreeJsonModule::person));
        addSerializer(Provenance.class, new Writes<>(Provenance.class, renderedWriter));
        addSerializer(FactProvenance.class, new Writes<>(FactProvenance.class, this::facts));
    }

    /** Writes one value with the generator alone. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    private static final class Writes<T> extends StdSerializer<T> {

        private final transient Writer<T> writer;

        Writes(Class<T> type, Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writer.write(value, gen);
        }
    }

    private static void unit(UnitNode unit, JsonGenerator gen) throws IOException {
        gen.writeStartObject(unit);
        text(gen, ID, unit.id());
        text(gen, NAME, unit.name());
        gen.writeFieldName(KIND);
        if (unit.kind() == null) {
            gen.writeNull();
        } else {
            gen.writeString(unit.kind().name());
        }
        gen.writeFieldName(AUTHORITY);
        gen.writeBoolean(unit.authority());
        gen.writeFieldName(CHEF_ROLES);
        array(gen, unit.chefRoles(), TreeJsonModule::chefRole);
        gen.writeFieldName(CHILDREN);
        array(gen, unit.children(), TreeJsonModule::unit);
        gen.writeEndObject();
    }

    private static void chefRole(ChefRoleNode role, JsonGenerator gen) throws IOException {
        gen.writeStartObject(role);
        text(gen, ID, role.id());
        text(gen, TITLE, role.title());
        gen.writeFieldName(HOLDER);
        nullable(gen, role.holder(), TreeJsonModule::person);
        gen.writeEndObject();
    }

    private static void person(PersonRef person, JsonGenerator gen) throws IOException {
        gen.writeStartObject(person);
        text(gen, ID, person.id());
        text(gen, NAME, person.name());
        gen.writeEndObject();
    }

    /** The record's three maps in order, as Jackson writes a map of strings: each id a field, in the map's order. */
    private void facts(FactProvenance facts, JsonGenerator gen) throws IOException {
        gen.writeStartObject(facts);
        gen.writeFieldName(UNITS);
        provenanceById(gen, facts.units());
        gen.writeFieldName(CHEF_ROLES);
        provenanceById(gen, facts.chefRoles());
        gen.writeFieldName(HOLDERS);
        provenanceById(gen, facts.holders());
        gen.writeEndObject();
    }

    private void provenanceById(JsonGenerator gen, Map<String, Provenance> byId) throws IOException {
        if (byId == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject(byId);
        if (byId instanceof OrderedById<Provenance> ordered) {
            for (int place = 0; place < ordered.size(); place++) {
                gen.writeFieldName(ordered.idAt(place));
                nullable(gen, ordered.valueAt(place), renderedWriter);
            }
        } else {
            for (Map.Entry<String, Provenance> entry : byId.entrySet()) {
                gen.writeFieldName(entry.getKey());
                nullable(gen, entry.getValue(), renderedWriter);
            }
        }
        gen.writeEndObject();
    }

    private static void provenance(Provenance provenance, JsonGenerator gen) throws IOException {
        gen.writeStartObject(provenance);
        gen.writeFieldName(DECISIONS);
        array(gen, provenance.decisions(), (decision, g) -> g.writeString(decision));
        gen.writeFieldName(ILLUSTRATIVE);
        gen.writeBoolean(provenance.illustrative());
        gen.writeEndObject();
    }

    /** A list as Jackson writes it: null as null, each element (null as null) in order. */
    private static <T> void array(JsonGenerator gen, List<T> values, Writer<T> element) throws IOException {
        if (values == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartArray(values, values.size());
        if (values instanceof RandomAccess) {
            // By index: the tree's lists are thousands per answer, and an iterator for each is garbage.
            for (int i = 0; i < values.size(); i++) {
                nullable(gen, values.get(i), element);
            }
        } else {
            for (T value : values) {
                nullable(gen, value, element);
            }
        }
        gen.writeEndArray();
    }

    private static <T> void nullable(JsonGenerator gen, T value, Writer<T> writer) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            writer.write(value, gen);
        }
    }

    private static void text(JsonGenerator gen, SerializedString field, String value) throws IOException {
        gen.writeFieldName(field);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
    }
}
