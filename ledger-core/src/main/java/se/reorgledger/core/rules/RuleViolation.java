package se.reorgledger.core.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A hard rule that a package would break: on which date, in which change, and about which units or roles.
 * {@code changeId} names the change that could not take effect; it may be an earlier, already recorded change
 * that a retroactive package would break. {@code date} is null for rules that do not depend on a date.
 */
public record RuleViolation(HardRule rule, LocalDate date, String changeId, List<String> subjects,
                            String message) {

    public RuleViolation {
        subjects = List.copyOf(subjects);
    }
}
