package se.reorgledger.projections.decisions;

import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.Recording;

/** The decisions recorded for an organisation, as known at a time, oldest first (decision date, then id). */
public final class Decisions {

    private Decisions() {
    }

    public static List<DecisionSummary> list(OrganisationIndex index, int epoch) {
        return index.decisions().stream()
                .filter(decision -> decision.epoch() <= epoch)
                .sorted(Comparator.comparing((DecisionEntry decision) -> decision.decision().decidedOn())
                        .thenComparing(decision -> decision.decision().id()))
                .map(decision -> {
                    Recording recording = decision.recording(index.times());
                    return new DecisionSummary(DecisionRef.of(decision.decision()), recording.recordedAt(),
                            recording.principal(), countKnown(decision.changes(), epoch),
                            (int) decision.corrections().stream().filter(c -> c.epoch() <= epoch).count());
                })
                .toList();
    }

    public static DecisionView one(OrganisationIndex index, int epoch, String decisionId) {
        DecisionEntry decision = index.decision(decisionId);
        if (decision == null || decision.epoch() > epoch) {
            throw new UnknownEntityException("decision", decisionId);
        }
        Narration narration = new Narration(index, epoch);
        Recording recording = decision.recording(index.times());
        List<CorrectionEntry> corrections = decision.corrections().stream().filter(c -> c.epoch() <= epoch).toList();
        return new DecisionView(DecisionRef.of(decision.decision()), recording.recordedAt(), recording.principal(),
                narration.views(decision.changes()), corrections.stream().map(narration::correction).toList());
    }

    private static int countKnown(List<ChangeEntry> changes, int epoch) {
        int known = 0;
        for (ChangeEntry change : changes) {
            if (change.knownAt(epoch)) {
                known++;
            }
        }
        return known;
    }
}
