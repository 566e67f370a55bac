package se.reorgledger.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.organisation.ChangeVocabulary;

/** Turns what Jackson could not read into the field at fault and the rule it breaks, in plain words. */
final class JsonProblems {

    private JsonProblems() {
    }

    static FieldError describe(Throwable failure) {
        if (failure instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return new FieldError(null, "names a field twice (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + "): " + parse.getOriginalMessage()
                    + "; each field is given once");
        }
        if (failure instanceof JsonParseException parse) {
            return new FieldError(null, "The body is not valid JSON (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ")");
        }
        if (!(failure instanceof JsonMappingException mapping)) {
            return new FieldError(null, "The body could not be read as JSON");
        }
        String path = path(mapping.getPath());
        if (mapping instanceof ValueInstantiationException && mapping.getCause() instanceof InvalidChangeException invalid) {
            return new FieldError(join(path, invalid.field()), invalid.rule());
        }
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path, "is not a known field" + known(unknown.getKnownPropertyIds()));
        }
        if (mapping instanceof InvalidTypeIdException) {
            return new FieldError(join(path, "type"), "must be one of " + String.join(", ",
                    ChangeVocabulary.types().keySet()));
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            // The text itself is not echoed: it is what was refused.
            return new FieldError(path, format.getOriginalMessage());
        }
        if (mapping instanceof InvalidFormatException format) {
            return new FieldError(path, expectation(format.getTargetType(), format.getValue()));
        }
        if (mapping instanceof MismatchedInputException mismatched) {
            if (mismatched.getMessage() != null && mismatched.getMessage().contains("missing type id")) {
                return new FieldError(join(path, "type"), "is required: one of " + String.join(", ",
                        ChangeVocabulary.types().keySet()));
            }
            return new FieldError(path, expectation(mismatched.getTargetType(), null));
        }
        return new FieldError(path, "could not be read");
    }

    private static String expectation(Class<?> type, Object value) {
        String got = value == null ? "" : " (got '" + value + "')";
        if (type == null) {
            return "has the wrong form" + got;
        }
        if (type == LocalDate.class) {
            return "must be a date that exists, written YYYY-MM-DD" + got;
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + got;
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false" + got;
        }
        if (List.class.isAssignableFrom(type)) {
            return "must be a list" + got;
        }
        return "must be a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + got;
    }

    private static String known(java.util.Collection<Object> known) {
        return known == null || known.isEmpty() ? "" : "; the known fields are " + known.stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String join(String path, String field) {
        return path == null ? field : path + "." + field;
    }
}
