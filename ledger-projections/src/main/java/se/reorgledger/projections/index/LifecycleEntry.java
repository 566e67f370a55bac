package se.reorgledger.projections.index;

import se.reorgledger.core.decision.DecisionLifecycleEvent;

/** A recorded step in a decision's life: justering, anslag, appeal, ruling, laga kraft or revocation. */
public final class LifecycleEntry extends RecordedFacts {

    private final DecisionLifecycleEvent event;

    LifecycleEntry(DecisionLifecycleEvent event, long position, String eventId, int epoch, String principal) {
        super(position, eventId, epoch, principal);
        this.event = event;
    }

    LifecycleEntry(CheckpointInput in) throws java.io.IOException {
        super(in);
        this.event = (DecisionLifecycleEvent) in.readValue();
    }

    void writeTo(CheckpointOutput out) throws java.io.IOException {
        writeFacts(out);
        out.writeValue(event);
    }

    public DecisionLifecycleEvent event() {
        return event;
    }
}
