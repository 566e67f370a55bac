package se.reorgledger.projections.rebuild.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.CheckpointInput;
import se.reorgledger.projections.index.IncompatibleCheckpointException;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * Reads a projection as {@link LedgerProjection#writeTo} wrote it, each organisation's section decoded on a thread
 * of its own as soon as its bytes are read, so that organisations are decoded on every core while the rest of the
 * file is still being read (and its SHA-256 taken). Nothing decoded is used before the caller's checks have passed.
 */
final class SectionDecoding implements AutoCloseable {

    private final ExecutorService decoders;
    private final Semaphore waiting;

    SectionDecoding() {
        AtomicInteger number = new AtomicInteger();
        int cores = Runtime.getRuntime().availableProcessors();
        this.waiting = new Semaphore(2 * cores);
        this.decoders = Executors.newFixedThreadPool(cores, work -> {
            Thread thread = new Thread(work, "checkpoint-decoder-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    LedgerProjection read(CheckpointInput in) throws IOException {
        long position = in.readLong();
        int count = in.readCount();
        List<Future<OrganisationIndex>> decoding = new ArrayList<>(Math.min(count, 1 << 16));
        try {
            for (int i = 0; i < count; i++) {
                // Reading outruns decoding: without a bound the whole file would wait in memory beside what is
                // already decoded.
                waiting.acquire();
                byte[] section = in.readSection();
                decoding.add(decoders.submit(() -> {
                    try {
                        return decoded(section);
                    } finally {
                        waiting.release();
                    }
                }));
            }
            List<OrganisationIndex> indexes = new ArrayList<>(count);
            for (Future<OrganisationIndex> decoded : decoding) {
                indexes.add(joined(decoded));
            }
            return LedgerProjection.fromCheckpoint(position, indexes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the checkpoint was read", e);
        } finally {
            decoding.forEach(future -> future.cancel(true));
        }
    }

    private static OrganisationIndex decoded(byte[] section) {
        try {
            CheckpointInput in = new CheckpointInput(section);
            OrganisationIndex index = new OrganisationIndex(in);
            if (!in.atEnd()) {
                throw new IncompatibleCheckpointException("the section of " + index.id() + " has bytes after it");
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OrganisationIndex joined(Future<OrganisationIndex> decoded) throws IOException {
        try {
            return decoded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the checkpoint was read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        decoders.shutdownNow();
    }
}
