package se.reorgledger.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.provenance.Provenance;

/**
 * Writes the organisation tree and provenance with the generator calls Jackson's record serializer makes for
 * them (same fields, order, nulls and enum names), without its reflection per field: an as-of structure is
 * thousands of units, chef roles and provenances, and writing it was a large part of answering one.
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

    TreeJsonModule() {
        super("reorganisation-ledger-tree");
        addSerializer(UnitNode.class, new UnitNodeSerializer());
        addSerializer(ChefRoleNode.class, new ChefRoleNodeSerializer());
        addSerializer(PersonRef.class, new PersonRefSerializer());
        addSerializer(Provenance.class, new ProvenanceSerializer());
    }

    private static final class UnitNodeSerializer extends StdSerializer<UnitNode> {

        UnitNodeSerializer() {
            super(UnitNode.class);
        }

        @Override
        public void serialize(UnitNode unit, JsonGenerator gen, SerializerProvider provider) throws IOException {
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
            list(gen, unit.chefRoles(), provider);
            gen.writeFieldName(CHILDREN);
            if (unit.children() == null) {
                gen.writeNull();
            } else {
                gen.writeStartArray(unit.children(), unit.children().size());
                for (UnitNode child : unit.children()) {
                    serialize(child, gen, provider);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }

        private static void list(JsonGenerator gen, List<ChefRoleNode> roles, SerializerProvider provider)
                throws IOException {
            if (roles == null) {
                gen.writeNull();
                return;
            }
            gen.writeStartArray(roles, roles.size());
            for (ChefRoleNode role : roles) {
                if (role == null) {
                    gen.writeNull();
                } else {
                    ChefRoleNodeSerializer.write(role, gen);
                }
            }
            gen.writeEndArray();
        }
    }

    private static final class ChefRoleNodeSerializer extends StdSerializer<ChefRoleNode> {

        ChefRoleNodeSerializer() {
            super(ChefRoleNode.class);
        }

        @Override
        public void serialize(ChefRoleNode role, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(role, gen);
        }

        static void write(ChefRoleNode role, JsonGenerator gen) throws IOException {
            gen.writeStartObject(role);
            text(gen, ID, role.id());
            text(gen, TITLE, role.title());
            gen.writeFieldName(HOLDER);
            if (role.holder() == null) {
                gen.writeNull();
            } else {
                PersonRefSerializer.write(role.holder(), gen);
            }
            gen.writeEndObject();
        }
    }

    private static final class PersonRefSerializer extends StdSerializer<PersonRef> {

        PersonRefSerializer() {
            super(PersonRef.class);
        }

        @Override
        public void serialize(PersonRef person, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(person, gen);
        }

        static void write(PersonRef person, JsonGenerator gen) throws IOException {
            gen.writeStartObject(person);
            text(gen, ID, person.id());
            text(gen, NAME, person.name());
            gen.writeEndObject();
        }
    }

    private static final class ProvenanceSerializer extends StdSerializer<Provenance> {

        ProvenanceSerializer() {
            super(Provenance.class);
        }

        @Override
        public void serialize(Provenance provenance, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject(provenance);
            gen.writeFieldName(DECISIONS);
            List<String> decisions = provenance.decisions();
            gen.writeStartArray(decisions, decisions.size());
            for (String decision : decisions) {
                gen.writeString(decision);
            }
            gen.writeEndArray();
            gen.writeFieldName(ILLUSTRATIVE);
            gen.writeBoolean(provenance.illustrative());
            gen.writeEndObject();
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
