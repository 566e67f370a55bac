package se.reorgledger.api.scenario;

import java.util.List;
import se.reorgledger.core.rules.GuidelineFinding;

/**
 * What an import recorded. A package sent again unchanged counts as already recorded, so importing the same
 * files twice reports zero packages recorded the second time. The guideline findings are those the ledger
 * reported for the packages recorded now: departures from the PM's guidelines, recorded all the same.
 */
public record ImportReport(String organisationId, int decisions, int packagesRecorded, int packagesAlreadyRecorded,
                           List<GuidelineFinding> guidelineFindings) {

    public ImportReport {
        guidelineFindings = List.copyOf(guidelineFindings);
    }
}
