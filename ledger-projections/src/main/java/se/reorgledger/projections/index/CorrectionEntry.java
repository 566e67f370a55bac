package se.reorgledger.projections.index;

import java.time.LocalDate;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.CorrectionEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;

/** A recorded correction of an earlier change: a new effective date, or an annulment. */
public final class CorrectionEntry extends RecordedFacts {

    private final CorrectionEvent event;
    private final ChangeEntry target;

    CorrectionEntry(CorrectionEvent event, ChangeEntry target, long position, String eventId, int epoch,
                    String principal) {
        super(position, eventId, epoch, principal);
        this.event = event;
        this.target = target;
    }

    CorrectionEntry(CheckpointInput in, ChangeEntry target) throws java.io.IOException {
        super(in);
        this.event = (CorrectionEvent) in.readValue();
        this.target = target;
    }

    /** Writes the correction; its target is the change it is written with. */
    void writeTo(CheckpointOutput out) throws java.io.IOException {
        writeFacts(out);
        out.writeValue(event);
    }

    public CorrectionEvent event() {
        return event;
    }

    public ChangeEntry target() {
        return target;
    }

    public boolean isAnnulment() {
        return event instanceof ChangeAnnulledEvent;
    }

    /** The corrected date, or null for an annulment. */
    public LocalDate correctedDate() {
        return event instanceof EffectiveDateCorrectedEvent corrected ? corrected.effectiveDate() : null;
    }
}
