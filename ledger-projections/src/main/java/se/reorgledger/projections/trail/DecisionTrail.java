package se.reorgledger.projections.trail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.KnownUnits;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * The decisions behind a unit and its predecessors, oldest first (decision date, then id). A decision that only
 * corrected or annulled one of their changes is in the trail too: it shaped the unit as much as the original.
 */
public final class DecisionTrail {

    private static final Comparator<DecisionRef> OLDEST_FIRST =
            Comparator.comparing(DecisionRef::decidedOn).thenComparing(DecisionRef::id);

    private DecisionTrail() {
    }

    public static DecisionTrailView of(OrganisationIndex index, int epoch, String unitId, Instant knownAt) {
        KnownUnits.require(index, unitId, epoch);
        Narration narration = new Narration(index, epoch);
        List<String> lineage = Lineage.of(index, unitId, epoch);
        List<ChangeEntry> entries = new ArrayList<>();
        lineage.forEach(unit -> entries.addAll(index.changesTouching(unit)));

        Map<String, List<ChangeView>> changes = new LinkedHashMap<>();
        Map<String, List<CorrectionView>> corrections = new LinkedHashMap<>();
        for (ChangeView change : narration.views(entries)) {
            changes.computeIfAbsent(change.decision().id(), id -> new ArrayList<>()).add(change);
            for (CorrectionView correction : change.corrections()) {
                corrections.computeIfAbsent(correction.decision().id(), id -> new ArrayList<>()).add(correction);
            }
        }
        List<String> decisionIds = new ArrayList<>(changes.keySet());
        corrections.keySet().stream().filter(id -> !changes.containsKey(id)).forEach(decisionIds::add);
        List<TrailDecision> trail = decisionIds.stream()
                .map(narration::decision)
                .sorted(OLDEST_FIRST)
                .map(decision -> new TrailDecision(decision, changes.getOrDefault(decision.id(), List.of()),
                        corrections.getOrDefault(decision.id(), List.of()).stream()
                                .sorted(Comparator.comparing(CorrectionView::recordedAt)
                                        .thenComparing(CorrectionView::changeId))
                                .toList()))
                .toList();
        return new DecisionTrailView(index.id(), unitId, knownAt, lineage, trail);
    }

}
