package se.reorgledger.api.scenario;

import java.util.List;
import java.util.Map;
import se.reorgledger.core.change.Establishment;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.organisation.ConflictException;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;

/**
 * Turns the ledger's refusal of a command into an error on the line of the file that caused it: the change
 * a violation names, the change that reuses an identifier, or else the decision (or person) being sent.
 */
final class CommandRefusals {

    private CommandRefusals() {
    }

    /**
     * @param at       where the command came from: the decision, person or organisation entry
     * @param inPackage the changes of the package being sent, by the ids the ledger gives them (empty otherwise)
     * @param earlier  where the changes recorded earlier in this import stand
     * @return the error to report, or null if {@code refusal} is not a refusal of the ledger's rules
     */
    static ScenarioImportException of(RuntimeException refusal, ChangeLines.Location at,
                                      Map<String, ScenarioChange> inPackage, Map<String, ChangeLines.Location> located,
                                      ChangeLines earlier) {
        if (refusal instanceof PackageRefusedException refused) {
            return violation(refused, at, located, earlier);
        }
        if (refusal instanceof ConflictException conflict) {
            ChangeLines.Location place = at;
            for (Map.Entry<String, ScenarioChange> change : inPackage.entrySet()) {
                if (change.getValue().change() instanceof Establishment establishment
                        && conflict.subjects().contains(establishment.establishedId())) {
                    place = located.get(change.getKey());
                }
            }
            return new ScenarioImportException(place.file(), place.line(), conflict.rule().slug(),
                    conflict.getMessage() + ". The rule: " + conflict.rule().statement());
        }
        if (refusal instanceof UnknownEntityException unknown) {
            return new ScenarioImportException(at.file(), at.line(), ScenarioRule.UNKNOWN_ENTITY,
                    unknown.getMessage());
        }
        if (refusal instanceof InvalidChangeException invalid) {
            return new ScenarioImportException(at.file(), at.line(), ScenarioRule.MALFORMED_VALUE,
                    invalid.getMessage());
        }
        return null;
    }

    private static ScenarioImportException violation(PackageRefusedException refused, ChangeLines.Location at,
                                                     Map<String, ChangeLines.Location> located, ChangeLines earlier) {
        List<RuleViolation> violations = refused.violations();
        RuleViolation first = violations.get(0);
        String more = violations.size() > 1
                ? " (and " + (violations.size() - 1) + " more problem(s) on the same date)"
                : "";
        String rule = ". The rule: " + first.rule().statement();
        ChangeLines.Location own = first.changeId() == null ? null : located.get(first.changeId());
        if (own != null) {
            return new ScenarioImportException(own.file(), own.line(), first.rule().slug(),
                    first.message() + more + rule);
        }
        // The package breaks a change recorded before it (a retroactive correction can): the fault is the package.
        ChangeLines.Location broken = first.changeId() == null ? null : earlier.locate(first.changeId());
        String brokenChange = first.changeId() == null ? ""
                : " It would break change " + first.changeId()
                        + (broken == null ? ", recorded earlier" : " (" + broken.file() + ", line " + broken.line() + ")")
                        + ".";
        return new ScenarioImportException(at.file(), at.line(), first.rule().slug(),
                first.message() + more + "." + brokenChange + rule.substring(1));
    }
}
