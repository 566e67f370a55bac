package se.reorgledger.api.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which every field and value of a YAML file starts, by JSON pointer ({@code /decisions/3/changes/0}).
 * Data binding forgets where things stood; this index, built in one streaming pass before binding, lets an
 * error found later (an unknown field, a refused change) point at its line. The pass also catches what
 * binding would not: YAML syntax errors with their line, and a field written twice in one mapping.
 */
final class SourceLines {

    private final String file;
    private final Map<String, Integer> lineByPointer;

    private SourceLines(String file, Map<String, Integer> lineByPointer) {
        this.file = file;
        this.lineByPointer = lineByPointer;
    }

    static SourceLines index(ObjectMapper mapper, String file, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = pointerOfCurrentValue(parser, token);
                int line = parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.FIELD_NAME && lines.containsKey(pointer)) {
                    throw new ScenarioImportException(file, line, ScenarioRule.DUPLICATE_FIELD,
                            "The field '" + parser.currentName() + "' is written twice in the same place (first on line "
                                    + lines.get(pointer) + "); one of them would silently be lost");
                }
                lines.putIfAbsent(pointer, line);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ScenarioImportException(file, Math.max(line, 1), ScenarioRule.YAML_SYNTAX,
                    "The file is not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceLines(file, lines);
    }

    /** A container's pointer is its parent's, at the current name or index; a scalar's is its own context's. */
    private static String pointerOfCurrentValue(JsonParser parser, JsonToken token) {
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return context == null ? "" : context.pathAsPointer().toString();
    }

    String file() {
        return file;
    }

    /** The line of the value at {@code pointer}, or of its nearest enclosing value that has one. */
    int lineOf(String pointer) {
        String current = pointer;
        while (!current.isEmpty()) {
            Integer line = lineByPointer.get(current);
            if (line != null) {
                return line;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
        return lineByPointer.getOrDefault("", 1);
    }

    boolean has(String pointer) {
        return lineByPointer.containsKey(pointer);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
