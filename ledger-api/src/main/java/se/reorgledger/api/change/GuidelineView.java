package se.reorgledger.api.change;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.rules.GuidelineFinding;

/** A departure from one of the PM's guidelines: reported, not refused. */
public record GuidelineView(String guideline, String statement, LocalDate date, List<String> subjects,
                            String message) {

    public static GuidelineView of(GuidelineFinding finding) {
        return new GuidelineView(finding.guideline().slug(), finding.guideline().statement(), finding.date(),
                finding.subjects(), finding.message());
    }
}
