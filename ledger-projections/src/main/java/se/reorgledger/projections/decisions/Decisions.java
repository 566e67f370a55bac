package se.reorgledger.projections.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.decision.DecisionLifecycle;
import se.reorgledger.core.decision.LifecycleVocabulary;
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

    public static List<DecisionSummary> list(OrganisationIndex index, int epoch, Instant knownAt) {
        return index.decisions().stream()
                .filter(decision -> decision.epoch() <= epoch)
                .sorted(Comparator.comparing((DecisionEntry decision) -> decision.decision().decidedOn())
                        .thenComparing(decision -> decision.decision().id()))
                .map(decision -> {
                    Recording recording = decision.recording(index.times());
                    LocalDate today = LocalDate.ofInstant(knownAt, LifecycleView.SWEDEN);
                    DecisionLifecycle lifecycle = decision.lifecycleAt(epoch);
                    return new DecisionSummary(DecisionRef.of(decision.decision()), recording.recordedAt(),
                            recording.principal(), countKnown(decision.changes(), epoch),
                            (int) decision.corrections().stream().filter(c -> c.epoch() <= epoch).count(),
                            lifecycle.status(today), lifecycle.lagaKraftFrom(today).orElse(null));
                })
                .toList();
    }

    public static DecisionView one(OrganisationIndex index, int epoch, String decisionId, Instant knownAt) {
        DecisionEntry decision = index.decision(decisionId);
        if (decision == null || decision.epoch() > epoch) {
            throw new UnknownEntityException("decision", decisionId);
        }
        Narration narration = new Narration(index, epoch);
        Recording recording = decision.recording(index.times());
        List<CorrectionEntry> corrections = decision.corrections().stream().filter(c -> c.epoch() <= epoch).toList();
        return new DecisionView(DecisionRef.of(decision.decision()), recording.recordedAt(), recording.principal(),
                narration.views(decision.changes()), corrections.stream().map(narration::correction).toList(),
                lifecycle(index, epoch, decision, knownAt));
    }

    static LifecycleView lifecycle(OrganisationIndex index, int epoch, DecisionEntry decision, Instant knownAt) {
        List<LifecycleView.StepView> steps = decision.lifecycle().stream().filter(step -> step.epoch() <= epoch)
                .map(step -> {
                    Recording recording = step.recording(index.times());
                    return new LifecycleView.StepView(recording.eventId(), LifecycleVocabulary.nameOf(step.event()),
                            step.event().happenedOn(), recording.recordedAt(), recording.principal());
                })
                .toList();
        return LifecycleView.of(decision.lifecycleAt(epoch), knownAt, steps);
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
