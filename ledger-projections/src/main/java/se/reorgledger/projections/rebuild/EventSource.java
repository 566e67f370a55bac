package se.reorgledger.projections.rebuild;

import java.util.stream.Stream;
import se.reorgledger.core.recording.RecordedEvent;

/** The ledger's events in order from just after a position; -1 gives all. The caller closes the stream. */
@FunctionalInterface
public interface EventSource {

    Stream<RecordedEvent> eventsAfter(long position);
}
