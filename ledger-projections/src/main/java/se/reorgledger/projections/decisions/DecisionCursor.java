package se.reorgledger.projections.decisions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import se.reorgledger.core.change.InvalidChangeException;

/**
 * Where a page of decisions ended: the list's order key (decision date, then id) of its last decision. Paging by
 * key, not by offset, so that a decision recorded between two pages neither repeats nor hides one.
 */
public record DecisionCursor(LocalDate decidedOn, String decisionId) implements Comparable<DecisionCursor> {

    public static DecisionCursor of(DecisionSummary summary) {
        return new DecisionCursor(summary.decision().decidedOn(), summary.decision().id());
    }

    /** The cursor as an opaque token for a URL. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((decidedOn + "|" + decisionId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidChangeException naming {@code parameter} for a token this service did not give out */
    public static DecisionCursor parse(String parameter, String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new DecisionCursor(LocalDate.parse(text.substring(0, bar)), text.substring(bar + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidChangeException(parameter, "is not a cursor this service gave out; use the next link "
                    + "of the previous page (got '" + token + "')");
        }
    }

    @Override
    public int compareTo(DecisionCursor other) {
        int byDate = decidedOn.compareTo(other.decidedOn);
        return byDate != 0 ? byDate : decisionId.compareTo(other.decisionId);
    }
}
