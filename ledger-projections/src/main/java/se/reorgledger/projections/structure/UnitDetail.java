package se.reorgledger.projections.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.history.NamesAt;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.KnownUnits;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.FactProvenance;

/** One unit of a snapshot; a unit that is known but not in the organisation that day is told apart. */
public final class UnitDetail {

    private UnitDetail() {
    }

    public static UnitView of(SnapshotAt snapshot, String unitId, Instant knownAt) {
        EntityTimeline<UnitState> timeline = KnownUnits.require(snapshot.index(), unitId, snapshot.epoch());
        UnitState latest = timeline.latestAt(snapshot.epoch());
        UnitState unit = snapshot.unit(unitId).orElseThrow(() -> notInForce(snapshot, latest));
        NamesAt names = new NamesAt(snapshot.index(), snapshot.epoch());
        List<UnitRef> children = snapshot.children(unitId).stream()
                .map(child -> new UnitRef(child.id(), child.name())).toList();
        LocalDate dissolvedOn = dissolvedOn(timeline, snapshot.epoch());
        List<UnitRef> successors = latest.successorIds().stream()
                .map(successor -> new UnitRef(successor, names.unit(successor, dissolvedOn))).toList();
        return new UnitView(snapshot.index().id(), snapshot.asOf(), knownAt, unit.id(), unit.name(), unit.kind(),
                unit.authority(), unit.parentId(), path(snapshot, unit), OrderedTree.chefRoles(snapshot, unitId),
                children, establishedOn(timeline, snapshot.epoch()), dissolvedOn, successors,
                FactProvenance.ofUnit(snapshot, unitId));
    }

    /**
     * Dates are read from the versions, not from the state: a state carries the dates its events were recorded
     * with, while a later correction may have moved them.
     */
    private static LocalDate establishedOn(EntityTimeline<UnitState> timeline, int epoch) {
        Integer day = timeline.versions().firstDay(epoch, unit -> !unit.isRoot());
        return day == null ? null : Days.date(day);
    }

    private static LocalDate dissolvedOn(EntityTimeline<UnitState> timeline, int epoch) {
        Integer day = timeline.versions().firstDay(epoch, UnitState::isDissolved);
        return day == null ? null : Days.date(day);
    }

    private static List<String> path(SnapshotAt snapshot, UnitState unit) {
        List<String> path = new ArrayList<>();
        String parent = unit.parentId();
        while (parent != null) {
            UnitState ancestor = snapshot.unit(parent).orElseThrow();
            path.add(ancestor.name());
            parent = ancestor.parentId();
        }
        Collections.reverse(path);
        return path;
    }

    private static UnitNotInForceException notInForce(SnapshotAt snapshot, UnitState latest) {
        String subject = latest.kind().label() + " '" + latest.name() + "' (" + latest.id() + ")";
        EntityTimeline<UnitState> timeline = snapshot.index().unit(latest.id());
        LocalDate dissolvedOn = dissolvedOn(timeline, snapshot.epoch());
        String explanation = dissolvedOn != null && !snapshot.asOf().isBefore(dissolvedOn)
                ? subject + " was dissolved on " + dissolvedOn + " and is not in the organisation on "
                + snapshot.asOf()
                : subject + " is not established until " + establishedOn(timeline, snapshot.epoch())
                + ", so it is not in the organisation on " + snapshot.asOf();
        return new UnitNotInForceException(latest.id(), snapshot.asOf(), explanation);
    }
}
