package se.reorgledger.api.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.LifecycleVocabulary;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.organisation.ChangeVocabulary;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.core.person.RegisterPersonCommand;

/**
 * Reads a scenario file (see docs/scenario-format.md) with the API's strict mapper, keeping the line of every
 * decision and change. Everything that can be checked without the ledger is checked here: YAML syntax,
 * unknown or repeated fields, malformed values and identifiers.
 */
public final class ScenarioReader {

    private final YAMLMapper mapper = LedgerObjectMappers.yaml();

    public Scenario read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Scenario read(String fileName, InputStream content) {
        try (content) {
            return read(fileName, new String(content.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Scenario read(String fileName, String yaml) {
        SourceLines lines = SourceLines.index(mapper, fileName, yaml);
        ScenarioDocument document = bind(tree(yaml, lines), ScenarioDocument.class, lines, "", "the file");
        boolean illustrative = Boolean.TRUE.equals(document.illustrative());
        ScenarioOrganisation organisation = organisation(document, lines);

        List<ScenarioPerson> persons = new ArrayList<>();
        for (int i = 0; i < document.persons().size(); i++) {
            persons.add(person(document.persons().get(i), organisation, lines, "/persons/" + i));
        }
        List<ScenarioDecision> decisions = new ArrayList<>();
        for (int i = 0; i < document.decisions().size(); i++) {
            decisions.add(decision(document.decisions().get(i), organisation.id(), illustrative, lines,
                    "/decisions/" + i));
        }
        return new Scenario(fileName, illustrative, organisation, persons, decisions, sha256(yaml));
    }

    private JsonNode tree(String yaml, SourceLines lines) {
        try {
            JsonNode root = mapper.readTree(yaml);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ScenarioImportException(lines.file(), 1, ScenarioRule.MISSING_FIELD,
                        "The file is empty; a scenario names an organisation and its decisions");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ScenarioImportException(lines.file(), line, ScenarioRule.YAML_SYNTAX,
                    "The file is not valid YAML: " + e.getOriginalMessage());
        }
    }

    private ScenarioOrganisation organisation(ScenarioDocument document, SourceLines lines) {
        if (document.organisation() == null) {
            throw new ScenarioImportException(lines.file(), 1, ScenarioRule.MISSING_FIELD,
                    "The file names no organisation: start it with 'organisation:' and the kommun's id and name");
        }
        ScenarioDocument.Organisation organisation = document.organisation();
        try {
            RegisterOrganisationCommand valid = new RegisterOrganisationCommand(organisation.id(), organisation.name());
            return new ScenarioOrganisation(lines.lineOf("/organisation"), valid.organisationId(), valid.name());
        } catch (InvalidChangeException e) {
            throw MappingProblems.invalidField(e, lines, "/organisation", "the organisation");
        }
    }

    private static ScenarioPerson person(ScenarioDocument.Person person, ScenarioOrganisation organisation,
                                         SourceLines lines, String at) {
        try {
            RegisterPersonCommand valid = new RegisterPersonCommand(organisation.id(), person.id(), person.name());
            return new ScenarioPerson(lines.lineOf(at), valid.personId(), valid.name());
        } catch (InvalidChangeException e) {
            throw MappingProblems.invalidField(e, lines, at, "a person");
        }
    }

    private ScenarioDecision decision(ScenarioDocument.DecisionEntry entry, String organisationId,
                                      boolean illustrativeFile, SourceLines lines, String at) {
        if (illustrativeFile && Boolean.FALSE.equals(entry.illustrative())) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at + "/illustrative"),
                    ScenarioRule.ILLUSTRATIVE_FILE, "The whole file is marked illustrative, so decision '"
                    + entry.id() + "' cannot be marked 'illustrative: false'; move it to a file that is not");
        }
        Decision decision;
        try {
            decision = new RecordDecisionCommand(organisationId, new Decision(entry.id(), entry.organ(),
                    entry.decidedOn(), entry.paragraph(), entry.caseNumber(), entry.title(),
                    illustrativeFile || Boolean.TRUE.equals(entry.illustrative()), entry.kind(), entry.delegate(),
                    entry.delegationPoint())).decision();
        } catch (InvalidChangeException e) {
            throw MappingProblems.invalidField(e, lines, at, "decision '" + entry.id() + "'");
        }
        List<ScenarioChange> changes = new ArrayList<>();
        for (int j = 0; j < entry.changes().size(); j++) {
            changes.add(change(entry.changes().get(j), lines, at + "/changes/" + j));
        }
        List<ScenarioLifecycleStep> lifecycle = new ArrayList<>();
        for (int j = 0; j < entry.lifecycle().size(); j++) {
            lifecycle.add(step(entry.lifecycle().get(j), decision, entry.registeredAt(), lines,
                    at + "/lifecycle/" + j));
        }
        return new ScenarioDecision(lines.lineOf(at), decision, blankToNull(entry.source()), entry.registeredAt(),
                changes, lifecycle);
    }

    /**
     * A step of the decision's life: the API's fields, plus {@code source}, {@code illustrative} and
     * {@code registeredAt}, which belong to the file and are taken off before the step is bound.
     */
    private ScenarioLifecycleStep step(JsonNode node, Decision decision, Instant entryRegisteredAt, SourceLines lines,
                                       String at) {
        if (!(node instanceof ObjectNode fields)) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at), ScenarioRule.MALFORMED_VALUE,
                    "A lifecycle step is a mapping of fields starting with its 'type', not a single value or a list");
        }
        String type = fields.path("type").asText("");
        Class<? extends LifecycleStep> stepType = LifecycleVocabulary.steps().get(type);
        if (stepType == null) {
            String types = String.join(", ", LifecycleVocabulary.steps().keySet());
            throw new ScenarioImportException(lines.file(), lines.lineOf(fields.has("type") ? at + "/type" : at),
                    ScenarioRule.UNKNOWN_LIFECYCLE_STEP, type.isEmpty()
                            ? "A lifecycle step needs a 'type' naming the step; the steps are: " + types
                            : "'" + type + "' is not a step of a decision's life; the steps are: " + types);
        }
        String where = "the " + type + " step of decision '" + decision.id() + "'";
        ObjectNode apiFields = fields.deepCopy();
        JsonNode source = apiFields.remove("source");
        JsonNode illustrative = apiFields.remove("illustrative");
        JsonNode registeredAt = apiFields.remove("registeredAt");
        if (source != null && !source.isTextual() && !source.isNull()) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at + "/source"), ScenarioRule.MALFORMED_VALUE,
                    "The 'source' of a lifecycle step is a text citing where it comes from");
        }
        if (illustrative != null && !illustrative.isBoolean()) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at + "/illustrative"),
                    ScenarioRule.MALFORMED_VALUE, "The value of 'illustrative' in " + where + " is true or false");
        }
        boolean filledIn = illustrative != null && illustrative.booleanValue();
        if (filledIn && !decision.illustrative()) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at + "/illustrative"),
                    ScenarioRule.ILLUSTRATIVE_STEP, "The " + type + " step is marked illustrative, but decision '"
                    + decision.id() + "' is not: the ledger marks the decision, not its steps, so mark the decision"
                    + " 'illustrative: true' or give the step from a source");
        }
        Instant stepRegisteredAt = registeredAt == null || registeredAt.isNull() ? null
                : bind(registeredAt, Instant.class, lines, at + "/registeredAt", where);
        if (stepRegisteredAt != null && entryRegisteredAt == null) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at + "/registeredAt"),
                    ScenarioRule.REGISTERED_AT, "The " + type + " step of decision '" + decision.id()
                    + "' has a registeredAt, but its entry has none and is recorded now, after it; give the entry one");
        }
        requireKnownFields(apiFields, stepType, List.of("type", "source", "illustrative", "registeredAt"), lines, at,
                where);
        LifecycleStep step = bind(apiFields, LifecycleStep.class, lines, at, where);
        return new ScenarioLifecycleStep(lines.lineOf(at), step, filledIn,
                source == null ? null : blankToNull(source.asText()), stepRegisteredAt);
    }

    private ScenarioChange change(JsonNode node, SourceLines lines, String at) {
        if (!(node instanceof ObjectNode fields)) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at), ScenarioRule.MALFORMED_VALUE,
                    "A change is a mapping of fields starting with its 'type', not a single value or a list");
        }
        ObjectNode apiFields = fields.deepCopy();
        JsonNode source = apiFields.remove("source");
        if (source != null && !source.isTextual() && !source.isNull()) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at + "/source"), ScenarioRule.MALFORMED_VALUE,
                    "The 'source' of a change is a text citing where it comes from");
        }
        String type = fields.path("type").asText("");
        String where = changeDescription(type);
        requireKnownFields(apiFields, lines, at, where);
        Change change = bind(apiFields, Change.class, lines, at, where);
        return new ScenarioChange(lines.lineOf(at), change, source == null ? null : blankToNull(source.asText()));
    }

    /**
     * A misspelt field would otherwise be reported as the field it replaces being missing, because the
     * mapper builds the record before it looks at the fields it does not know.
     */
    private static void requireKnownFields(ObjectNode change, SourceLines lines, String at, String where) {
        Class<? extends Change> type = ChangeVocabulary.types().get(change.path("type").asText());
        if (type == null) {
            return;
        }
        requireKnownFields(change, type, List.of("type", "source"), lines, at, where);
    }

    private static void requireKnownFields(ObjectNode fields, Class<?> type, List<String> fileFields,
                                           SourceLines lines, String at, String where) {
        Set<String> known = new TreeSet<>(fileFields);
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(known::add);
        for (Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ScenarioImportException(lines.file(), lines.lineOf(at + "/" + name), ScenarioRule.UNKNOWN_FIELD,
                        "Unknown field '" + name + "' in " + where + "; the fields there are: " + String.join(", ", known));
            }
        }
    }

    private static String changeDescription(String type) {
        if (type.isEmpty()) {
            return "a change";
        }
        boolean vowel = "aeiou".indexOf(Character.toLowerCase(type.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + type + " change";
    }

    private <T> T bind(JsonNode tree, Class<T> type, SourceLines lines, String at, String where) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw MappingProblems.of(e, lines, at, where);
        } catch (JsonProcessingException e) {
            throw new ScenarioImportException(lines.file(), lines.lineOf(at), ScenarioRule.MALFORMED_VALUE,
                    "Cannot read " + where + ": " + e.getOriginalMessage());
        }
    }

    private static String sha256(String yaml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
