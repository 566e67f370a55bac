package se.reorgledger.core.rules;

import java.util.List;

/** The package would break hard rules, so nothing of it is recorded. */
public class PackageRefusedException extends RuntimeException {

    private final transient List<RuleViolation> violations;
    private final transient List<String> packageChangeIds;

    public PackageRefusedException(List<RuleViolation> violations) {
        this(violations, List.of());
    }

    private PackageRefusedException(List<RuleViolation> violations, List<String> packageChangeIds) {
        super(violations.isEmpty() ? "refused" : violations.get(0).message());
        this.violations = List.copyOf(violations);
        this.packageChangeIds = List.copyOf(packageChangeIds);
    }

    /** The same refusal, knowing which change ids the refused package's changes would have had. */
    public PackageRefusedException inPackage(List<String> changeIds) {
        return new PackageRefusedException(violations, changeIds);
    }

    /**
     * The position in the refused package of the change a violation names, or -1 when the violation is about
     * an earlier, recorded change that the package would break.
     */
    public int packageIndexOf(RuleViolation violation) {
        return violation.changeId() == null ? -1 : packageChangeIds.indexOf(violation.changeId());
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    /** All violations concern one rule, or the first one's rule when they differ. */
    public HardRule rule() {
        return violations.get(0).rule();
    }
}
