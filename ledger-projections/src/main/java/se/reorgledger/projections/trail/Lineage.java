package se.reorgledger.projections.trail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;

/** A unit and its predecessors, transitively, as the dissolutions known at an epoch name them. */
public final class Lineage {

    private Lineage() {
    }

    public static List<String> of(OrganisationIndex index, String unitId, int epoch) {
        Set<String> lineage = new LinkedHashSet<>(List.of(unitId));
        Deque<String> pending = new ArrayDeque<>(List.of(unitId));
        while (!pending.isEmpty()) {
            String successor = pending.pop();
            for (String candidate : index.namedAsSuccessorOf(successor)) {
                if (!lineage.contains(candidate) && dissolvedInto(index.unit(candidate), successor, epoch)) {
                    lineage.add(candidate);
                    pending.add(candidate);
                }
            }
        }
        return new ArrayList<>(lineage);
    }

    private static boolean dissolvedInto(EntityTimeline<UnitState> candidate, String successor, int epoch) {
        UnitState last = candidate == null ? null : candidate.latestAt(epoch);
        return last != null && last.isDissolved() && last.successorIds().contains(successor);
    }
}
