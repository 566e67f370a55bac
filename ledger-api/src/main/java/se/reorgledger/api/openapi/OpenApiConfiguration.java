package se.reorgledger.api.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import se.reorgledger.core.organisation.ChangeVocabulary;

/**
 * The API description. The change vocabulary is described from {@link ChangeVocabulary} itself, one schema per
 * change type with its {@code type} discriminator, so the document cannot drift from what the API accepts.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "ProblemDetail";

    @Bean
    public OpenAPI ledgerOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Reorganisation ledger")
                .version("v1")
                .description("An immutable, decided record of a kommun's organisation: what it looked like on "
                        + "any date (asOf), as known at any time (knownAt), and which decision made it so. "
                        + "Errors are application/problem+json (RFC 9457) with a stable type under /problems/."));
    }

    /**
     * Every refusal is a problem+json document, whatever the controller declares: each 4xx and 5xx answer is
     * described as {@code application/problem+json} with the {@code ProblemDetail} schema (its examples kept), so no
     * error answer borrows the operation's success type or is left a bare object.
     */
    @Bean
    @SuppressWarnings("rawtypes")
    public OpenApiCustomizer problemResponses() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            ResolvedSchema problem = ModelConverters.getInstance().readAllAsResolvedSchema(ProblemDetail.class);
            schemas.putIfAbsent(PROBLEM_SCHEMA, problem.schema);
            problem.referencedSchemas.forEach(schemas::putIfAbsent);
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() == null) {
                    return;
                }
                operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(problemContent(response.getContent()));
                    }
                });
            }));
        };
    }

    private static io.swagger.v3.oas.models.media.Content problemContent(
            io.swagger.v3.oas.models.media.Content declared) {
        MediaType problem = declared == null ? null : declared.get(PROBLEM_JSON);
        if (problem == null) {
            problem = new MediaType();
        }
        problem.setSchema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
        return new io.swagger.v3.oas.models.media.Content().addMediaType(PROBLEM_JSON, problem);
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
