package se.reorgledger.api.readmodel;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event table as a source for Axon's tracking processor that feeds the read models: the ledger's own reader
 * ({@link LedgerEventReader}) behind Axon's streaming interface, positioned by plain global-sequence tokens.
 * New events are noticed by polling every few milliseconds; a writer waits for them anyway (read-your-writes).
 */
public class LedgerMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    static final int BATCH = 1_000;
    private static final long POLL_MILLIS = 5;

    private final LedgerEventReader reader;
    private final ReadModelsAtStart atStart;

    public LedgerMessageSource(LedgerEventReader reader, ReadModelsAtStart atStart) {
        this.reader = reader;
        this.atStart = atStart;
    }

    /**
     * From the start of the ledger (the processor's token is empty at every start, as it lives in memory with the
     * read models), the read models first take in the whole ledger at the rebuild's speed; the stream goes on
     * from where they stand.
     */
    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        long after = token == null ? 0 : token.position().orElse(0L);
        if (after == 0) {
            after = atStart.catchUp();
        }
        return new Tail(after);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return new GlobalSequenceTrackingToken(reader.newestIndex());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return new GlobalSequenceTrackingToken(reader.lastIndexBefore(dateTime));
    }

    /** The table from a position on, read a batch at a time, waiting at its end for what is appended next. */
    private final class Tail implements BlockingStream<TrackedEventMessage<?>> {

        private final Deque<TrackedEventMessage<?>> buffer = new ArrayDeque<>();
        private long position;
        private volatile boolean closed;

        Tail(long position) {
            this.position = position;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            fill();
            return Optional.ofNullable(buffer.peekFirst());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (!closed && !fill()) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                Thread.sleep(POLL_MILLIS);
            }
            return !buffer.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
                if (closed) {
                    throw new IllegalStateException("the stream is closed");
                }
            }
            return buffer.pollFirst();
        }

        @Override
        public void close() {
            closed = true;
        }

        /** @return whether an event is buffered, reading the next batch if none is */
        private boolean fill() {
            if (buffer.isEmpty() && !closed) {
                for (TrackedEventMessage<?> event : reader.after(position, BATCH)) {
                    buffer.addLast(event);
                    position = event.trackingToken().position().orElseThrow();
                }
            }
            return !buffer.isEmpty();
        }
    }
}
