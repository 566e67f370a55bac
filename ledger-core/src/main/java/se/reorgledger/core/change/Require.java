package se.reorgledger.core.change;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Field checks shared by every request record, so each names the field that is wrong. */
public final class Require {

    /** Identifiers are slugs: they appear in URLs and in the ledger forever, so they stay plain. */
    public static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    /** A change is named by its decision and its number in that decision: {@code ks-2025-11-24-145.3}. */
    public static final Pattern CHANGE_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?\\.[1-9][0-9]{0,5}");

    private static final int MAX_TEXT = 500;

    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidChangeException(field, "is required");
        }
        return value;
    }

    /**
     * A date the ledger can hold: every effective and decision date lies between {@link LedgerDates#EARLIEST}
     * and {@link LedgerDates#LATEST}. Beyond them a date is a typing mistake, and the read models' day
     * arithmetic would overflow on it.
     */
    public static LocalDate date(String field, LocalDate value) {
        present(field, value);
        if (!LedgerDates.holds(value)) {
            throw new InvalidChangeException(field, LedgerDates.RULE + " (got '" + value + "')");
        }
        return value;
    }

    public static String id(String field, String value) {
        present(field, value);
        if (!isId(value)) {
            throw new InvalidChangeException(field,
                    "must be 1-80 lowercase letters a-z, digits or '-', starting and ending with a letter or digit (got '"
                            + value + "')");
        }
        return value;
    }

    public static String changeId(String field, String value) {
        present(field, value);
        if (!isChangeId(value)) {
            throw new InvalidChangeException(field,
                    "must name a recorded change as <decisionId>.<number>, such as ks-2025-11-24-145.3 (got '" + value + "')");
        }
        return value;
    }

    /**
     * Whether a text matches {@link #ID}, checked by hand: every record of the ledger checks its ids as it is
     * made, millions of times when a checkpoint is read back, and a regular expression's matcher for each cost
     * more than the rest of making the record.
     */
    public static boolean isId(String value) {
        return isSlug(value, 0, value.length());
    }

    /** Whether a text matches {@link #CHANGE_ID}, checked by hand (see {@link #isId}). */
    public static boolean isChangeId(String value) {
        int dot = value.indexOf('.');
        if (dot < 0 || !isSlug(value, 0, dot)) {
            return false;
        }
        int digits = value.length() - dot - 1;
        if (digits < 1 || digits > 6 || value.charAt(dot + 1) == '0') {
            return false;
        }
        for (int i = dot + 1; i < value.length(); i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 1-80 of a-z, 0-9 and '-', not starting or ending with '-': {@link #ID}'s pattern. */
    private static boolean isSlug(String value, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 80 || value.charAt(from) == '-' || value.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || isDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    public static String text(String field, String value) {
        present(field, value);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidChangeException(field, "must not be blank");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidChangeException(field, "must be at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    public static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? null : text(field, value);
    }

    /** A SHA-256 digest as 64 hexadecimal digits, normalised to lowercase; absent when the text was not given. */
    public static String optionalSha256(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String hex = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new InvalidChangeException(field, "must be a SHA-256 digest: 64 hexadecimal digits");
        }
        return hex;
    }

    public static List<String> ids(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            id(field + "[" + i + "]", values.get(i));
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new InvalidChangeException(field, "must not name the same identifier twice");
        }
        return List.copyOf(values);
    }
}
