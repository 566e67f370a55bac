package se.reorgledger.projections.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionLifecycle;
import se.reorgledger.core.decision.DecisionRecordedEvent;

/** A recorded decision and, in ledger order, the changes and corrections it caused. */
public final class DecisionEntry extends RecordedFacts {

    private final Decision decision;
    private final List<ChangeEntry> changes = new ArrayList<>(2);
    /** Null until the decision corrects something: most decisions never do. */
    private List<CorrectionEntry> corrections;
    /** Null until a step of the decision's life is recorded. */
    private List<LifecycleEntry> lifecycle;
    /** Null until a document is attached: most decisions carry none. */
    private List<DocumentEntry> documents;

    DecisionEntry(DecisionRecordedEvent event, long position, String eventId, int epoch, String principal) {
        super(position, eventId, epoch, principal);
        this.decision = event.decision();
    }

    public Decision decision() {
        return decision;
    }

    public List<ChangeEntry> changes() {
        return changes;
    }

    /** The corrections the decision made, in ledger order; unmodifiable. */
    public List<CorrectionEntry> corrections() {
        return corrections == null ? List.of() : Collections.unmodifiableList(corrections);
    }

    /** The steps of the decision's life, in ledger order; unmodifiable. */
    public List<LifecycleEntry> lifecycle() {
        return lifecycle == null ? List.of() : Collections.unmodifiableList(lifecycle);
    }

    /** The documents attached to the decision and its parts, in ledger order; unmodifiable. */
    public List<DocumentEntry> documents() {
        return documents == null ? List.of() : Collections.unmodifiableList(documents);
    }

    void addDocument(DocumentEntry document) {
        if (documents == null) {
            documents = new ArrayList<>(1);
        }
        documents.add(document);
    }

    /** The decision's life as the ledger knew it at an epoch. */
    public DecisionLifecycle lifecycleAt(int epoch) {
        DecisionLifecycle known = DecisionLifecycle.of(decision);
        for (LifecycleEntry step : lifecycle()) {
            if (step.epoch() <= epoch) {
                known = known.with(step.event());
            }
        }
        return known;
    }

    void addLifecycle(LifecycleEntry step) {
        if (lifecycle == null) {
            lifecycle = new ArrayList<>(2);
        }
        lifecycle.add(step);
    }

    void addCorrection(CorrectionEntry correction) {
        if (corrections == null) {
            corrections = new ArrayList<>(1);
        }
        corrections.add(correction);
    }
}
