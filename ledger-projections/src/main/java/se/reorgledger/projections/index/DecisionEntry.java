package se.reorgledger.projections.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionRecordedEvent;

/** A recorded decision and, in ledger order, the changes and corrections it caused. */
public final class DecisionEntry extends RecordedFacts {

    private final Decision decision;
    private final List<ChangeEntry> changes = new ArrayList<>(2);
    /** Null until the decision corrects something: most decisions never do. */
    private List<CorrectionEntry> corrections;

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

    void addCorrection(CorrectionEntry correction) {
        if (corrections == null) {
            corrections = new ArrayList<>(1);
        }
        corrections.add(correction);
    }
}
