package se.reorgledger.projections.history;

import java.time.Instant;
import se.reorgledger.projections.index.KnownUnits;
import se.reorgledger.projections.index.OrganisationIndex;

/** The history of one unit as known at a time. */
public final class UnitHistory {

    private UnitHistory() {
    }

    public static UnitHistoryView of(OrganisationIndex index, int epoch, String unitId, Instant knownAt) {
        KnownUnits.require(index, unitId, epoch);
        Narration narration = new Narration(index, epoch);
        return new UnitHistoryView(index.id(), unitId, knownAt, narration.views(index.changesTouching(unitId)));
    }
}
