package se.reorgledger.testkit.reference;

import java.util.List;
import se.reorgledger.testkit.InMemoryLedger;
import se.reorgledger.core.recording.RecordedEvent;

/** The in-memory ledger's events as the service hands them to a projection. */
public final class Recorded {

    private Recorded() {
    }

    public static List<RecordedEvent> events(InMemoryLedger ledger) {
        return ledger.events().stream()
                .map(m -> new RecordedEvent(m.position(), m.eventId(), m.recordedAt(), m.principal(), m.payload()))
                .toList();
    }
}
