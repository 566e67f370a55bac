package se.reorgledger.projections.decisions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.decision.LifecycleVocabulary;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.history.ChangeType;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.LifecycleEntry;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.Recording;

/** Every stored event of a decision known at an epoch, in the ledger's order: where the decision is in the ledger. */
public final class DecisionEvents {

    private DecisionEvents() {
    }

    public static List<DecisionEvent> of(OrganisationIndex index, int epoch, String decisionId) {
        DecisionEntry decision = index.decision(decisionId);
        if (decision == null || decision.epoch() > epoch) {
            throw new UnknownEntityException("decision", decisionId);
        }
        List<DecisionEvent> events = new ArrayList<>();
        events.add(event("decisionRecorded", null, decision.recording(index.times())));
        for (ChangeEntry change : decision.changes()) {
            if (change.knownAt(epoch)) {
                events.add(event(ChangeType.of(change.event()), change.event().changeId(),
                        change.recording(index.times())));
            }
        }
        for (CorrectionEntry correction : decision.corrections()) {
            if (correction.epoch() <= epoch) {
                events.add(event(ChangeType.of(correction.event()), correction.event().changeId(),
                        correction.recording(index.times())));
            }
        }
        for (LifecycleEntry step : decision.lifecycle()) {
            if (step.epoch() <= epoch) {
                events.add(event(LifecycleVocabulary.nameOf(step.event()), null, step.recording(index.times())));
            }
        }
        events.sort(Comparator.comparingLong(DecisionEvent::globalIndex));
        return events;
    }

    private static DecisionEvent event(String what, String changeId, Recording recording) {
        return new DecisionEvent(what, changeId, recording.eventId(), recording.position(), recording.recordedAt());
    }
}
