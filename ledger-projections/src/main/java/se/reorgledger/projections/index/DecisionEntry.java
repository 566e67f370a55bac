package se.reorgledger.projections.index;

import java.util.ArrayList;
import java.util.List;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionRecordedEvent;

/** A recorded decision and, in ledger order, the changes and corrections it caused. */
public final class DecisionEntry extends RecordedFacts {

    private final Decision decision;
    private final List<ChangeEntry> changes = new ArrayList<>(2);
    private final List<CorrectionEntry> corrections = new ArrayList<>(0);

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

    public List<CorrectionEntry> corrections() {
        return corrections;
    }
}
