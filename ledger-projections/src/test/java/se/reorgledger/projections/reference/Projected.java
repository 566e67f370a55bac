package se.reorgledger.projections.reference;

import java.util.List;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;

/** A projection fed with the given events in order. */
public final class Projected {

    private Projected() {
    }

    public static LedgerProjection from(List<RecordedEvent> events) {
        LedgerProjection projection = new LedgerProjection();
        events.forEach(projection::apply);
        return projection;
    }
}
