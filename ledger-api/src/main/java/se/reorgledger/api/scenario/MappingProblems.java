package se.reorgledger.api.scenario;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.organisation.ChangeVocabulary;

/**
 * Turns the mapper's exceptions into errors a kommunsekreterare can act on: the line of the field at fault,
 * what is wrong with it in plain words, and a stable rule slug.
 */
final class MappingProblems {

    private MappingProblems() {
    }

    /**
     * @param at    the pointer of the tree that was being bound ({@code ""} for the whole file)
     * @param where what that tree is, for the message ("a decision", "a moveUnit change")
     */
    static ScenarioImportException of(JsonMappingException e, SourceLines lines, String at, String where) {
        String pointer = at + pathOf(e);
        if (at.isEmpty()) {
            where = placeOf(pointer);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ScenarioImportException(lines.file(), lines.lineOf(pointer), ScenarioRule.UNKNOWN_FIELD,
                    "Unknown field '" + unknown.getPropertyName() + "' in " + where + "; the fields there are: "
                            + known(unknown.getKnownPropertyIds(), where));
        }
        if (e instanceof InvalidTypeIdException typeId) {
            String types = String.join(", ", ChangeVocabulary.types().keySet());
            String problem = typeId.getTypeId() == null
                    ? "A change needs a 'type' naming what it does; the types are: " + types
                    : "'" + typeId.getTypeId() + "' is not a change type; the types are: " + types;
            return new ScenarioImportException(lines.file(), lines.lineOf(pointer), ScenarioRule.UNKNOWN_CHANGE_TYPE,
                    problem);
        }
        if (e instanceof InvalidFormatException format) {
            return new ScenarioImportException(lines.file(), lines.lineOf(pointer), ScenarioRule.MALFORMED_VALUE,
                    "The value of '" + fieldOf(pointer) + "' in " + where + " " + malformed(format));
        }
        if (e instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof InvalidChangeException invalid) {
            return invalidField(invalid, lines, pointer, where);
        }
        if (e instanceof MismatchedInputException mismatched) {
            String subject = pointer.isEmpty() ? "The file" : "The value of '" + fieldOf(pointer) + "' in " + where;
            return new ScenarioImportException(lines.file(), lines.lineOf(pointer), ScenarioRule.MALFORMED_VALUE,
                    subject + " has the wrong form: expected " + expected(mismatched.getTargetType()));
        }
        return new ScenarioImportException(lines.file(), lines.lineOf(pointer), ScenarioRule.MALFORMED_VALUE,
                "The value of '" + fieldOf(pointer) + "' in " + where + " cannot be read: " + e.getOriginalMessage());
    }

    /** A field that breaks its own form, as a record's constructor reports it; pointed at the field if written. */
    static ScenarioImportException invalidField(InvalidChangeException invalid, SourceLines lines, String at,
                                                String where) {
        String fieldPointer = at + "/" + invalid.field();
        int line = lines.has(fieldPointer) ? lines.lineOf(fieldPointer) : lines.lineOf(at);
        boolean missing = "is required".equals(invalid.rule());
        return new ScenarioImportException(lines.file(), line,
                missing ? ScenarioRule.MISSING_FIELD : ScenarioRule.MALFORMED_VALUE,
                "The field '" + invalid.field() + "' of " + where + " " + invalid.rule());
    }

    private static String malformed(InvalidFormatException format) {
        Class<?> target = format.getTargetType();
        String value = "'" + format.getValue() + "'";
        if (target == LocalDate.class) {
            return "is " + value + ", which is not a date that exists; dates are written YYYY-MM-DD";
        }
        if (target != null && target.isEnum()) {
            return "is " + value + ", which is not one of: " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        return "is " + value + ", which is not " + expected(target);
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "a value of the right kind";
        }
        if (target == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        return "a mapping of fields";
    }

    private static String known(Collection<Object> ids, String where) {
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        if (where.endsWith(" change")) {
            names.add("type");
            names.add("source");
        }
        return String.join(", ", names);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** Where in the file a pointer leads, for a problem found while binding the whole file. */
    private static String placeOf(String pointer) {
        if (pointer.startsWith("/decisions/")) {
            return "decision " + (ordinal(pointer, "/decisions/") + 1) + " of the file";
        }
        if (pointer.startsWith("/persons/")) {
            return "person " + (ordinal(pointer, "/persons/") + 1) + " of the file";
        }
        if (pointer.startsWith("/organisation/")) {
            return "the organisation";
        }
        return "the top of the file";
    }

    private static int ordinal(String pointer, String prefix) {
        String rest = pointer.substring(prefix.length());
        int slash = rest.indexOf('/');
        String index = slash < 0 ? rest : rest.substring(0, slash);
        return index.chars().allMatch(Character::isDigit) && !index.isEmpty() ? Integer.parseInt(index) : 0;
    }

    /** The field a pointer ends in, as a person writes it: {@code changes[2]} rather than {@code 2}. */
    private static String fieldOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        String last = pointer.substring(slash + 1);
        if (last.isEmpty()) {
            return "the file";
        }
        if (last.chars().allMatch(Character::isDigit) && slash > 0) {
            return fieldOf(pointer.substring(0, slash)) + "[" + last + "]";
        }
        return last;
    }
}
