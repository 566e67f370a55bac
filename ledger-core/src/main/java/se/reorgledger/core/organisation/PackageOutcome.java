package se.reorgledger.core.organisation;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.rules.GuidelineFinding;
import se.reorgledger.core.structure.UnitNode;

/**
 * What a package did or would do: the changes it records, the organisation on the last date it touches, and
 * where that organisation departs from the PM's guidelines on the dates it touches.
 */
public record PackageOutcome(
        Status status,
        String organisationId,
        String decisionId,
        List<String> changeIds,
        LocalDate asOf,
        UnitNode structure,
        List<GuidelineFinding> guidelines) {

    public enum Status {
        RECORDED,
        ALREADY_RECORDED,
        DRY_RUN
    }

    public PackageOutcome {
        changeIds = List.copyOf(changeIds);
        guidelines = List.copyOf(guidelines);
    }

    /** The same package was recorded before; nothing new is recorded and nothing is re-evaluated. */
    static PackageOutcome alreadyRecorded(String organisationId, String decisionId, List<String> changeIds) {
        return new PackageOutcome(Status.ALREADY_RECORDED, organisationId, decisionId, changeIds, null, null,
                List.of());
    }
}
