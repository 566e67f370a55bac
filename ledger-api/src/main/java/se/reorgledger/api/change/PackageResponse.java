package se.reorgledger.api.change;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.structure.UnitNode;

/**
 * What a package did (recorded), would do (dryRun) or had already done (alreadyRecorded): its changes, the
 * organisation on the last date it touches, and the guidelines' report on the dates it touches.
 */
public record PackageResponse(String status, String organisation, String decision, List<String> changeIds,
                              LocalDate asOf, UnitNode structure, List<GuidelineView> guidelines) {

    public static PackageResponse of(PackageOutcome outcome) {
        String status = switch (outcome.status()) {
            case RECORDED -> "recorded";
            case DRY_RUN -> "dryRun";
            case ALREADY_RECORDED -> "alreadyRecorded";
        };
        return new PackageResponse(status,
                outcome.organisationId(), outcome.decisionId(), outcome.changeIds(), outcome.asOf(),
                outcome.structure(), outcome.guidelines().stream().map(GuidelineView::of).toList());
    }
}
