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
import se.reorgledger.api.store.LedgerAppendListener;
import se.reorgledger.api.store.LedgerHead;

/**
 * The event table as a source for Axon's tracking processor that feeds the read models: the ledger's own reader
 * ({@link LedgerEventReader}) behind Axon's streaming interface, positioned by plain global-sequence tokens.
 * An append on this node wakes the reader at once (a writer waits for its events to be read: read-your-writes).
 * Otherwise the table is polled, every 5 ms after an event and backing off to once a second while the ledger
 * is idle, so an idle node asks its database about once a second rather than 200 times, and an append made
 * through another node sharing the database is seen within a second.
 */
public class LedgerMessageSource implements StreamableMessageSource<TrackedEventMessage<?>>, LedgerAppendListener {

    static final int BATCH = 1_000;
    static final long FIRST_POLL_MILLIS = 5;
    static final long LONGEST_POLL_MILLIS = 1_000;

    private final LedgerEventReader reader;
    private final ReadModelsAtStart atStart;
    private final Object appended = new Object();
    private long appends;

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
    public void committed(LedgerHead head) {
        synchronized (appended) {
            appends++;
            appended.notifyAll();
        }
    }

    /** Waits until something is appended on this node or the time has passed, whichever comes first. */
    private void awaitAppend(long seen, long millis) throws InterruptedException {
        synchronized (appended) {
            if (appends == seen) {
                appended.wait(millis);
            }
        }
    }

    private long appendsSoFar() {
        synchronized (appended) {
            return appends;
        }
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
        private long pollMillis = FIRST_POLL_MILLIS;
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
            long seen = appendsSoFar();
            while (!closed && !fill()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                awaitAppend(seen, Math.min(pollMillis, left));
                long now = appendsSoFar();
                pollMillis = now != seen ? FIRST_POLL_MILLIS : Math.min(pollMillis * 2, LONGEST_POLL_MILLIS);
                seen = now;
            }
            pollMillis = FIRST_POLL_MILLIS;
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
