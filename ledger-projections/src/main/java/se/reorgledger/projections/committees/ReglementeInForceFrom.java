package se.reorgledger.projections.committees;

import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.committee.ReglementeVersion;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * The reglemente in force with the date it came into force as known at an epoch. A nämnd's state carries the
 * date its adoption was recorded with; a later correction of that date is known only to the adoption's entry.
 */
public final class ReglementeInForceFrom {

    private ReglementeInForceFrom() {
    }

    public static ReglementeVersion of(OrganisationIndex index, CommitteeState committee, int epoch) {
        ReglementeVersion inForce = committee.reglementeInForce();
        EntityTimeline<CommitteeState> timeline = index.committee(committee.id());
        if (inForce == null || timeline == null) {
            return inForce;
        }
        for (ChangeEntry entry : timeline.entries()) {
            if (entry.knownAt(epoch) && !entry.annulledAt(epoch) && entry.event() instanceof ReglementeAdoptedEvent
                    adopted && adopted.version().equals(inForce.version())) {
                return new ReglementeVersion(inForce.version(), inForce.documentReference(), inForce.sha256(),
                        entry.effectiveDateAt(epoch), inForce.decisionId());
            }
        }
        return inForce;
    }
}
