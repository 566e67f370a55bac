package se.reorgledger.core.organisation;

import java.util.ArrayList;
import java.util.List;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;

/**
 * The annulments a quashing ruling makes: every change of the decision in force when it quashes wholly, the
 * named ones when in part, each with the ruling as its reason. They are checked and recorded as a package of
 * the quashed decision, so an annulment that would break a hard rule on any date refuses the ruling.
 */
final class DecisionQuash {

    private DecisionQuash() {
    }

    static List<String> targets(String decisionId, LifecycleStep.Ruling ruling, ChangeLog log) {
        if (ruling.outcome() == RulingOutcome.quashed) {
            return log.inForceOf(decisionId);
        }
        List<String> inForce = log.inForceOf(decisionId);
        List<RuleViolation> violations = new ArrayList<>();
        for (String target : ruling.changeIds()) {
            if (!inForce.contains(target)) {
                violations.add(new RuleViolation(HardRule.QUASH_NAMES_DECISION_CHANGES, ruling.date(), null,
                        List.of(target), "Change " + target + " is not a change of decision " + decisionId
                        + " in force, so the ruling cannot quash it"));
            }
        }
        if (!violations.isEmpty()) {
            throw new PackageRefusedException(violations);
        }
        return ruling.changeIds();
    }

    static List<Change> annulments(List<String> targets, LifecycleStep.Ruling ruling) {
        String reason = "Upphävt genom dom av " + ruling.court() + " " + ruling.date()
                + (ruling.courtCaseNumber() == null ? "" : ", mål " + ruling.courtCaseNumber());
        return targets.stream().<Change>map(target -> new AnnulChange(target, reason)).toList();
    }
}
