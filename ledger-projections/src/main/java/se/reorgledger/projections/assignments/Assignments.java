package se.reorgledger.projections.assignments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.assignment.AssignmentState;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.Provenances;

/** The uppdrag of a snapshot, each with the decisions that gave it and carried it out, named in full. */
public final class Assignments {

    private Assignments() {
    }

    public static AssignmentsView of(SnapshotAt snapshot, Instant knownAt) {
        Narration narration = new Narration(snapshot.index(), snapshot.epoch());
        Provenances provenances = new Provenances(snapshot);
        List<AssignmentView> views = new ArrayList<>();
        for (EntityTimeline<AssignmentState> timeline : snapshot.index().assignments()) {
            AssignmentState assignment = timeline.at(snapshot.asOf(), snapshot.epoch());
            if (assignment != null) {
                views.add(new AssignmentView(assignment.id(), assignment.title(), assignment.owner(),
                        assignment.leader(), assignment.group(), assignment.timetable(), assignment.givenOn(),
                        narration.decision(assignment.givenBy()),
                        assignment.carriedOutBy().stream().map(narration::decision).toList(),
                        provenances.of(timeline)));
            }
        }
        views.sort(Comparator.comparing(AssignmentView::givenOn).thenComparing(AssignmentView::id));
        return new AssignmentsView(snapshot.index().id(), snapshot.asOf(), knownAt, views);
    }
}
