package se.reorgledger.projections.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.DecisionEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.Recording;

/**
 * Turns recorded changes into views as known at one epoch. Each change is narrated within its own entity's fold,
 * which gives the state it found; the folds of the entities involved are computed once per query.
 */
public final class Narration {

    /** Effective date as corrected, then phase, then ledger order: the order every list of changes is shown in. */
    public static final Comparator<EntityTimeline.Step<?>> EFFECTIVE_ORDER =
            Comparator.comparing(step -> step.timed(), ChangePhase.EFFECTIVE_ORDER);

    private final OrganisationIndex index;
    private final int epoch;
    private final NamesAt names;
    private final Map<EntityTimeline<?>, Map<ChangeEntry, EntityTimeline.Step<?>>> folds = new HashMap<>();

    public Narration(OrganisationIndex index, int epoch) {
        this.index = index;
        this.epoch = epoch;
        this.names = new NamesAt(index, epoch);
    }

    public NamesAt names() {
        return names;
    }

    /** The step of a known change in its entity's fold, or null when the change is not known at this epoch. */
    public EntityTimeline.Step<?> step(ChangeEntry entry) {
        if (!entry.knownAt(epoch)) {
            return null;
        }
        EntityTimeline<?> owner = index.ownerOf(entry);
        Map<ChangeEntry, EntityTimeline.Step<?>> fold = folds.computeIfAbsent(owner, timeline -> {
            Map<ChangeEntry, EntityTimeline.Step<?>> steps = new HashMap<>();
            timeline.stepsAt(epoch).forEach(step -> steps.put(step.entry(), step));
            return steps;
        });
        return fold.get(entry);
    }

    /** The known changes among {@code entries}, as views in effective order. */
    public List<ChangeView> views(List<ChangeEntry> entries) {
        List<EntityTimeline.Step<?>> steps = new ArrayList<>();
        for (ChangeEntry entry : entries) {
            EntityTimeline.Step<?> step = step(entry);
            if (step != null) {
                steps.add(step);
            }
        }
        steps.sort(EFFECTIVE_ORDER);
        return steps.stream().map(this::view).toList();
    }

    public ChangeView view(EntityTimeline.Step<?> step) {
        ChangeEntry entry = step.entry();
        Recording recording = entry.recording(index.times());
        return new ChangeView(recording.eventId(), entry.event().changeId(), ChangeType.of(entry.event()),
                step.effectiveDate(), entry.event().effectiveDate(), recording.recordedAt(), recording.principal(),
                decision(entry.event().decisionId()),
                Summary.of(entry.event(), step.before(), step.effectiveDate(), names), step.annulled(),
                entry.correctionsAt(epoch).stream().map(this::correction).toList());
    }

    public CorrectionView correction(CorrectionEntry correction) {
        Recording recording = correction.recording(index.times());
        return new CorrectionView(recording.eventId(), correction.event().changeId(),
                ChangeType.of(correction.event()), correction.event().targetChangeId(), correction.correctedDate(),
                correction.event().reason(), decision(correction.event().decisionId()), recording.recordedAt(),
                recording.principal());
    }

    public DecisionRef decision(String decisionId) {
        DecisionEntry decision = index.decision(decisionId);
        return decision == null ? null : DecisionRef.of(decision.decision());
    }
}
