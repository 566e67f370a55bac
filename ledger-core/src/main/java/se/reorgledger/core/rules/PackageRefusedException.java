package se.reorgledger.core.rules;

import java.util.List;

/** The package would break hard rules, so nothing of it is recorded. */
public class PackageRefusedException extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public PackageRefusedException(List<RuleViolation> violations) {
        super(violations.isEmpty() ? "refused" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    /** All violations concern one rule, or the first one's rule when they differ. */
    public HardRule rule() {
        return violations.get(0).rule();
    }
}
