package se.reorgledger.projections.index;

import se.reorgledger.core.unit.UnitState;
import se.reorgledger.core.organisation.UnknownEntityException;

/** The 404 rule for units: a unit is known at an epoch once some standing change has established it. */
public final class KnownUnits {

    private KnownUnits() {
    }

    public static EntityTimeline<UnitState> require(OrganisationIndex index, String unitId, int epoch) {
        EntityTimeline<UnitState> timeline = index.unit(unitId);
        if (timeline == null || !timeline.knownAt(epoch)) {
            throw new UnknownEntityException("unit", unitId);
        }
        return timeline;
    }
}
