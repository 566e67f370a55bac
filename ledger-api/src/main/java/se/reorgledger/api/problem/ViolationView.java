package se.reorgledger.api.problem;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.api.problemtype.ProblemTypes;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;

/**
 * A broken hard rule as the client sees it. {@code field} points into the refused package when the change at
 * fault is one of its own; when a retroactive package would break a change recorded earlier, {@code field} is
 * null and {@code changeId} names that earlier change.
 */
public record ViolationView(String rule, String type, LocalDate date, String changeId, String field,
                            List<String> subjects, String message) {

    static ViolationView of(RuleViolation violation, PackageRefusedException refusal) {
        int index = refusal.packageIndexOf(violation);
        return new ViolationView(violation.rule().slug(), ProblemTypes.of(violation.rule().slug()).toString(),
                violation.date(), violation.changeId(), index < 0 ? null : "changes[" + index + "]",
                violation.subjects(), violation.message());
    }
}
