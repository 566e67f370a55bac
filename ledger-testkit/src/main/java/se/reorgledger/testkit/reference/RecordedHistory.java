package se.reorgledger.testkit.reference;

import java.util.List;
import se.reorgledger.testkit.InMemoryLedger;
import se.reorgledger.core.recording.RecordedEvent;

/** A random history's events, recorded through the aggregate and closed again. */
public final class RecordedHistory {

    private RecordedHistory() {
    }

    public static List<RecordedEvent> of(long seed, int packages) {
        try (InMemoryLedger ledger = RandomHistory.record(seed, packages)) {
            return Recorded.events(ledger);
        }
    }
}
