package se.reorgledger.api.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.reorgledger.core.organisation.ChangeVocabulary;

/**
 * The API description. The change vocabulary is described from {@link ChangeVocabulary} itself, one schema per
 * change type with its {@code type} discriminator, so the document cannot drift from what the API accepts.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenAPI ledgerOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Reorganisation ledger")
                .version("v1")
                .description("An immutable, decided record of a kommun's organisation: what it looked like on "
                        + "any date (asOf), as known at any time (knownAt), and which decision made it so. "
                        + "Errors are application/problem+json (RFC 9457) with a stable type under /problems/."));
    }

    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    public OpenApiCustomizer changeVocabularySchemas() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            List<Schema> variants = new ArrayList<>();
            Discriminator discriminator = new Discriminator().propertyName("type");
            ChangeVocabulary.types().forEach((name, type) -> {
                ResolvedSchema resolved = ModelConverters.getInstance().readAllAsResolvedSchema(type);
                Schema schema = resolved.schema;
                Map<String, Schema> properties = new java.util.LinkedHashMap<>();
                properties.put("type", new StringSchema()._enum(List.of(name)));
                if (schema.getProperties() != null) {
                    properties.putAll(schema.getProperties());
                }
                schema.setProperties(properties);
                List<String> required = new ArrayList<>(List.of("type"));
                schema.setRequired(required);
                String schemaName = "Change_" + name;
                schemas.put(schemaName, schema);
                resolved.referencedSchemas.forEach((referenced, referencedSchema) -> {
                    if (!referenced.equals(type.getSimpleName())) {
                        schemas.putIfAbsent(referenced, referencedSchema);
                    }
                });
                variants.add(new Schema<>().$ref("#/components/schemas/" + schemaName));
                discriminator.mapping(name, "#/components/schemas/" + schemaName);
            });
            ComposedSchema change = new ComposedSchema();
            change.setOneOf(variants);
            change.setDiscriminator(discriminator);
            change.setDescription("One change of a decision's package, named by its type.");
            schemas.put("Change", change);
        };
    }
}
