package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document describes every response with its schema, so that a client generated from it is typed:
 * no operation answers a bare {@code object}, an empty schema or no content at all where a body is sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentIT {

    @TempDir
    static Path data;

    private RunningLedger ledger;
    private JsonNode document;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", data.toString()));
        document = ledger.get("/api/openapi").json();
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    @Test
    void everyResponseOfEveryOperationHasAConcreteSchema() {
        List<String> untyped = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String operation = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode responses = op.getValue().get("responses");
            if (responses == null || responses.isEmpty()) {
                untyped.add(operation + ": no responses");
                return;
            }
            responses.fields().forEachRemaining(response -> {
                String code = response.getKey();
                JsonNode content = response.getValue().get("content");
                if (content == null || content.isEmpty()) {
                    if (carriesABody(code)) {
                        untyped.add(operation + " " + code + ": no content");
                    }
                    return;
                }
                content.fields().forEachRemaining(media -> {
                    String why = untypedBecause(media.getValue().get("schema"));
                    if (why != null) {
                        untyped.add(operation + " " + code + " " + media.getKey() + ": " + why);
                    }
                });
            });
        }));

        assertThat(untyped).as("responses without a concrete schema").isEmpty();
    }

    @Test
    void theRecordsOfTheReadsAreNamedSchemas() {
        JsonNode schemas = document.at("/components/schemas");

        for (String read : List.of("DecisionView", "DecisionSummary", "LifecycleView", "RestatementView",
                "RestatementsSinceView", "ReportedDelegationsbeslutView", "CommitteesView")) {
            assertThat(schemas.has(read)).as(read).isTrue();
        }
        JsonNode decisions = document.at("/paths/~1api~1v1~1organisations~1{organisationId}~1decisions/get/responses");
        assertThat(decisions.at("/200/content").elements().next().at("/schema/items/$ref").asText())
                .endsWith("/DecisionSummary");
        assertThat(decisions.at("/400/content/application~1problem+json/schema/$ref").asText())
                .endsWith("/ProblemDetail");
    }

    /** Every answer but 204, a redirect and the bodiless answers of the security layer has a body. */
    private static boolean carriesABody(String code) {
        return !code.equals("204") && !code.startsWith("3") && !code.equals("304");
    }

    /** Null when the schema names a record, a list of them, a map of them, text or bytes; else why not. */
    private static String untypedBecause(JsonNode schema) {
        if (schema == null || schema.isEmpty()) {
            return "no schema";
        }
        if (schema.has("$ref") || schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf")) {
            return null;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "array":
                String items = untypedBecause(schema.get("items"));
                return items == null ? null : "a list of " + items;
            case "object":
                if (schema.has("properties") && !schema.get("properties").isEmpty()) {
                    return null;
                }
                JsonNode values = schema.get("additionalProperties");
                if (values != null && values.isObject()) {
                    String inner = untypedBecause(values);
                    return inner == null ? null : "a map of " + inner;
                }
                return "a bare object";
            case "string":
            case "integer":
            case "number":
            case "boolean":
                return null;
            default:
                Iterator<String> fields = schema.fieldNames();
                return "a schema of no type (" + (fields.hasNext() ? fields.next() : "") + ")";
        }
    }
}
