package se.reorgledger.projections.committees;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.structure.SwedishOrder;
import se.reorgledger.projections.history.NamesAt;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.provenance.CommitteeProvenance;
import se.reorgledger.projections.structure.UnitRef;

/** The nämnder of a snapshot, with the names of the kontor that serve them on that date. */
public final class Committees {

    private Committees() {
    }

    public static CommitteesView of(SnapshotAt snapshot, Instant knownAt) {
        NamesAt names = new NamesAt(snapshot.index(), snapshot.epoch());
        List<CommitteeView> committees = snapshot.committees().stream()
                .sorted(Comparator.comparing(CommitteeState::name, SwedishOrder.NAMES)
                        .thenComparing(CommitteeState::id))
                .map(committee -> new CommitteeView(committee.id(), committee.name(), committee.type(),
                        ReglementeInForceFrom.of(snapshot.index(), committee, snapshot.epoch()),
                        committee.servingUnitIds().stream()
                                .map(unit -> new UnitRef(unit, names.unit(unit, snapshot.asOf())))
                                .sorted(Comparator.comparing(UnitRef::name, SwedishOrder.NAMES)
                                        .thenComparing(UnitRef::id))
                                .toList(),
                        committee.memberMunicipalities(),
                        committee.type() == CommitteeType.gemensam_namnd ? snapshot.index().name() : null,
                        CommitteeProvenance.of(snapshot, committee)))
                .toList();
        return new CommitteesView(snapshot.index().id(), snapshot.asOf(), knownAt, committees);
    }
}
