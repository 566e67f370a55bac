package se.reorgledger.projections.history;

import java.time.LocalDate;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * Names as of a date, as known at one epoch. A unit named on a date before it existed (or after it was
 * dissolved) gets the nearest name it had, so a sentence never falls back to a bare id while a name is known.
 */
public final class NamesAt {

    private final OrganisationIndex index;
    private final int epoch;

    public NamesAt(OrganisationIndex index, int epoch) {
        this.index = index;
        this.epoch = epoch;
    }

    public String unit(String unitId, LocalDate date) {
        EntityTimeline<UnitState> timeline = index.unit(unitId);
        if (timeline == null) {
            return unitId;
        }
        UnitState state = timeline.at(date, epoch);
        if (state == null) {
            state = timeline.latestAt(epoch);
        }
        return state == null ? unitId : state.name();
    }

    public String committee(String committeeId, LocalDate date) {
        EntityTimeline<CommitteeState> timeline = index.committee(committeeId);
        if (timeline == null) {
            return committeeId;
        }
        CommitteeState state = timeline.at(date, epoch);
        if (state == null) {
            state = timeline.latestAt(epoch);
        }
        return state == null ? committeeId : state.name();
    }

    public String person(String personId) {
        String name = index.persons().nameAt(personId, epoch);
        return name == null ? personId : name;
    }
}
