package se.reorgledger.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.core.change.InvalidChangeException;

/**
 * The dates a page is asked about, read from the same query parameters as the API. A date that cannot be read
 * is not an error page: the page answers for the default and says, next to the field, what was wrong.
 */
final class DateField {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private final ReadTime time;
    private final Map<String, String> errors = new LinkedHashMap<>();

    DateField(ReadTime time) {
        this.time = time;
    }

    /** The date in {@code parameter}, or {@code fallback} (with a message) when it is not a date of the ledger. */
    LocalDate date(String parameter, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return time.date(parameter, LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            errors.put(parameter, "”" + text + "” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.");
        } catch (InvalidChangeException e) {
            errors.put(parameter, "Datumet måste ligga mellan 1800-01-01 och 2999-12-31.");
        }
        return fallback;
    }

    /** Today in Sweden unless the question names another date. */
    LocalDate asOf(String text) {
        return date("asOf", text, time.asOf(null));
    }

    /**
     * The moment of the ledger's knowledge: an instant as the API takes it (2026-01-15T00:00:00Z), a local time
     * as a form's date-time field sends it, or a date (its start in Sweden); now when not given.
     */
    Instant knownAt(String text) {
        if (text == null || text.isBlank()) {
            return time.knownAt(null);
        }
        String value = text.strip();
        try {
            Instant moment;
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                moment = java.time.OffsetDateTime.parse(value).toInstant();
            } else if (value.contains("T")) {
                moment = LocalDateTime.parse(value).atZone(SWEDEN).toInstant();
            } else {
                moment = LocalDate.parse(value).atStartOfDay(SWEDEN).toInstant();
            }
            return time.knownAt(moment);
        } catch (DateTimeParseException e) {
            errors.put("knownAt", "”" + text + "” är ingen tidpunkt. Skriv t.ex. 2026-01-15 eller "
                    + "2026-01-15T10:00.");
        } catch (InvalidChangeException e) {
            errors.put("knownAt", e.rule().contains("later than now")
                    ? "Tidpunkten ligger i framtiden: reskontran vet bara vad som registrerats hittills. Lämna fältet "
                    + "tomt för vad den vet nu."
                    : "Tidpunkten måste ligga mellan 1800-01-01 och 2999-12-31.");
        }
        return time.knownAt(null);
    }

    void error(String parameter, String message) {
        errors.put(parameter, message);
    }

    /** The messages by parameter name, for the page to show next to each field. */
    Map<String, String> errors() {
        return errors;
    }

    /** For a download, which has no field to show a message by: any error answers the error page. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw new PageInputException(errors);
        }
    }

    /** The knownAt the user typed, to show again in its field; empty when none was given or it was wrong. */
    String knownAtAsTyped(String text) {
        return text == null || errors.containsKey("knownAt") ? "" : text;
    }
}
