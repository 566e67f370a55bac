package se.reorgledger.projections.cooperations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.cooperation.CooperationJoinedEvent;
import se.reorgledger.core.cooperation.CooperationState;
import se.reorgledger.core.structure.SwedishOrder;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.Provenances;

/** The cooperations of a snapshot, each with the decision by which the kommun joined it. */
public final class Cooperations {

    private Cooperations() {
    }

    public static CooperationsView of(SnapshotAt snapshot, Instant knownAt) {
        Narration narration = new Narration(snapshot.index(), snapshot.epoch());
        Provenances provenances = new Provenances(snapshot);
        List<CooperationView> views = new ArrayList<>();
        for (EntityTimeline<CooperationState> timeline : snapshot.index().cooperations()) {
            CooperationState cooperation = timeline.at(snapshot.asOf(), snapshot.epoch());
            if (cooperation != null && !cooperation.isLeft()) {
                views.add(new CooperationView(cooperation.id(), cooperation.name(), cooperation.scope(),
                        cooperation.host(), cooperation.partners(), cooperation.joinedOn(),
                        joinedBy(timeline, narration, snapshot.epoch()), provenances.of(timeline)));
            }
        }
        views.sort(Comparator.comparing(CooperationView::name, SwedishOrder.NAMES)
                .thenComparing(CooperationView::id));
        return new CooperationsView(snapshot.index().id(), snapshot.asOf(), knownAt, views);
    }

    /** The decision of the standing join known at the epoch: a cooperation is joined once. */
    private static DecisionRef joinedBy(EntityTimeline<CooperationState> timeline, Narration narration, int epoch) {
        for (ChangeEntry entry : timeline.entries()) {
            if (entry.knownAt(epoch) && !entry.annulledAt(epoch) && entry.event() instanceof CooperationJoinedEvent) {
                return narration.decision(entry.event().decisionId());
            }
        }
        return null;
    }
}
