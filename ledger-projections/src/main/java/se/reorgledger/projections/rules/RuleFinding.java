package se.reorgledger.projections.rules;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.rules.Guideline;
import se.reorgledger.core.rules.GuidelineFinding;

/**
 * A guideline finding as the rules report shows it: the finding, and {@code illustrative} when one of its
 * subjects (a unit or chef role) rests on an illustrative decision, so the finding may be an artefact of
 * illustration rather than of the sources.
 */
public record RuleFinding(Guideline guideline, LocalDate date, List<String> subjects, String message,
                          boolean illustrative) {

    public RuleFinding {
        subjects = List.copyOf(subjects);
    }

    static RuleFinding of(GuidelineFinding finding, boolean illustrative) {
        return new RuleFinding(finding.guideline(), finding.date(), finding.subjects(), finding.message(),
                illustrative);
    }
}
