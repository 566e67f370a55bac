package se.reorgledger.api.readmodel;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.rebuild.EventSource;

/**
 * The ledger's events as a rebuild of the read models takes them: read, upcast and deserialised on a thread of
 * their own, a few batches ahead, while the rebuild applies the ones before. Reading and applying overlap, so a
 * rebuild costs about the more expensive of the two, not their sum. The stream ends at the table's current end.
 */
public class LedgerEventSource implements EventSource {

    private static final int BATCHES_AHEAD = 8;
    private static final List<RecordedEvent> END = List.of();

    private final LedgerEventReader reader;

    public LedgerEventSource(LedgerEventReader reader) {
        this.reader = reader;
    }

    @Override
    public Stream<RecordedEvent> eventsAfter(long position) {
        BlockingQueue<List<RecordedEvent>> ahead = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Thread readerThread = new Thread(() -> readInto(ahead, Math.max(position, 0)), "ledger-rebuild-reader");
        readerThread.setDaemon(true);
        readerThread.start();
        return StreamSupport.stream(new Batches(ahead), false).flatMap(List::stream)
                .onClose(readerThread::interrupt);
    }

    private void readInto(BlockingQueue<List<RecordedEvent>> ahead, long after) {
        try {
            long position = after;
            while (!Thread.currentThread().isInterrupted()) {
                // Deserialising here, on the reader's thread, is the point of reading ahead.
                List<RecordedEvent> batch = reader.recordedAfter(position, LedgerMessageSource.BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                ahead.put(batch);
                position = batch.get(batch.size() - 1).position();
            }
            ahead.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            ahead.offer(List.of(new RecordedEvent(-1, null, null, null, e)));
        }
    }

    /** The batches the reader thread hands over, until its end marker. */
    private static final class Batches extends java.util.Spliterators.AbstractSpliterator<List<RecordedEvent>> {

        private final BlockingQueue<List<RecordedEvent>> ahead;
        private boolean done;

        Batches(BlockingQueue<List<RecordedEvent>> ahead) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.ahead = ahead;
        }

        @Override
        public boolean tryAdvance(Consumer<? super List<RecordedEvent>> action) {
            if (done) {
                return false;
            }
            try {
                List<RecordedEvent> batch = ahead.take();
                if (batch == END) {
                    done = true;
                    return false;
                }
                if (batch.size() == 1 && batch.get(0).position() < 0) {
                    throw new IllegalStateException("reading the ledger failed", (Throwable) batch.get(0).payload());
                }
                action.accept(batch);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the ledger", e);
            }
        }
    }
}
