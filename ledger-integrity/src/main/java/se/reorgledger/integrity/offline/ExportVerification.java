package se.reorgledger.integrity.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.reorgledger.integrity.chain.ChainVerifier;
import se.reorgledger.integrity.chain.Finding;
import se.reorgledger.integrity.chain.FindingKind;
import se.reorgledger.integrity.chain.IntactRun;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.RowHashes;
import se.reorgledger.integrity.chain.TrustedDigest;
import se.reorgledger.integrity.chain.Verification;
import se.reorgledger.integrity.chain.VerificationScope;
import se.reorgledger.integrity.export.ExportChunks;
import se.reorgledger.integrity.export.ExportLineReference;
import se.reorgledger.integrity.export.ExportReader;
import se.reorgledger.integrity.export.ExportTrailer;
import se.reorgledger.integrity.export.IntactChunk;
import se.reorgledger.integrity.export.MalformedExportException;

/**
 * Verifies an export file with the same rules as the service verifies its tables, from the exported bytes alone:
 * against the head line the export closes with and, if given, a digest the auditor trusts. A reader thread cuts the
 * file into chunks of lines, and workers on all cores read each chunk: one that is intact among its own lines as an
 * {@link IntactRun}, without building its rows, any other into rows with the {@link RowHashes} computed ahead for
 * them. The chain is walked in order on this thread, which joins each run to the rows before it and otherwise
 * walks rows; a run it cannot join is read into rows here. Memory stays bounded by the chunks in flight.
 */
public final class ExportVerification {

    /**
     * One chunk read by a worker: an intact run with the chunk it was read from (the walk may still need its rows),
     * or its rows with the hashes computed ahead for them; and how many lines it held.
     */
    private record Prepared(IntactRun run, ExportChunks.Chunk chunk, List<LedgerRow> rows, List<RowHashes> hashes,
                            long lines) {
    }

    /**
     * Whether chunks are read as intact runs where they can be: off only to compare against the walk of rows; or
     * every line read one by one by {@link ExportLineReference}, the specification the fast readers must agree with.
     */
    enum Lanes { RUNS_AND_ROWS, ROWS_ONLY, REFERENCE }

    /** Ends the queue of prepared chunks. */
    private static final Future<Prepared> END = CompletableFuture.completedFuture(null);

    private ExportVerification() {
    }

    public static Verification verify(Path export, TrustedDigest trusted) throws IOException {
        return verify(export, trusted, ExportReader.CHUNK_BYTES);
    }

    /** With chunks of {@code chunkBytes}: small ones put the edges of chunks between the lines a test edits. */
    static Verification verify(Path export, TrustedDigest trusted, int chunkBytes) throws IOException {
        return verify(export, trusted, chunkBytes, Lanes.RUNS_AND_ROWS);
    }

    static Verification verify(Path export, TrustedDigest trusted, int chunkBytes, Lanes lanes) throws IOException {
        ExportTrailer trailer = ExportReader.trailer(export);
        VerificationScope scope = trailer == null ? VerificationScope.unbounded() : trailer.scope();
        if (trusted != null && scope.from() != 1) {
            throw new IllegalArgumentException("this export starts at position " + scope.from() + "; a digest can "
                    + "only be checked against an export from position 1");
        }
        ChainVerifier verifier = new ChainVerifier(scope, trusted);
        boolean leaves = trusted != null && trusted.treeSize() != null;
        long rows = lanes == Lanes.REFERENCE ? walkByReference(export, verifier)
                : walk(export, verifier, leaves, chunkBytes, lanes == Lanes.RUNS_AND_ROWS);
        if (trailer == null) {
            verifier.report(new Finding(FindingKind.INCOMPLETE, rows + 1, "The export does not end with its head "
                    + "line: it was cut short, or lines were added after it. Nothing shows whether events after "
                    + "its last line are missing."));
        }
        return verifier.finish();
    }

    /** The rows of the export read line by line with the reference reader, one after the other on this thread. */
    private static long walkByReference(Path export, ChainVerifier verifier) throws IOException {
        byte[] bytes = Files.readAllBytes(export);
        long rows = 0;
        long number = 0;
        for (int start = 0; start < bytes.length; ) {
            int newline = indexOf(bytes, (byte) '\n', start);
            int end = newline < 0 ? bytes.length : newline;
            byte[] line = Arrays.copyOfRange(bytes, start, end);
            number++;
            start = end + 1;
            if (ExportLineReference.isBlank(line)) {
                continue;
            }
            LedgerRow row = ExportLineReference.row(line, number);
            if (row != null) {
                verifier.accept(row);
                rows++;
            }
        }
        return rows;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static long walk(Path export, ChainVerifier verifier, boolean leaves, int chunkBytes, boolean runs)
            throws IOException {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> daemon(task, "verify-export"));
        // Deep enough that every worker has a chunk queued behind the one it parses while the walk takes one.
        BlockingQueue<Future<Prepared>> inOrder = new ArrayBlockingQueue<>(2 * workers);
        ExportChunks chunks = new ExportChunks(Files.newInputStream(export), chunkBytes);
        Thread reader = daemon(() -> read(chunks, leaves, runs, pool, inOrder), "verify-export-reader");
        reader.start();
        long rows = 0;
        long line = 1;
        try {
            for (Future<Prepared> next = taken(inOrder); next != END; next = taken(inOrder)) {
                Prepared prepared = result(next, line);
                if (prepared.run() != null && verifier.acceptIntact(prepared.run())) {
                    rows += prepared.run().size();
                } else {
                    if (prepared.run() != null) {
                        prepared = rowsOf(prepared.chunk(), leaves, line);
                    }
                    for (int i = 0; i < prepared.rows().size(); i++) {
                        verifier.accept(prepared.rows().get(i), prepared.hashes().get(i));
                    }
                    rows += prepared.rows().size();
                }
                chunks.release(prepared.chunk());
                line += prepared.lines();
            }
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        return rows;
    }

    /**
     * Reads the chunks and hands each to the workers, queueing their results in the order of the file: on its own
     * thread, so that the walk never waits for the disk, nor the workers for the walk. Ends the queue with
     * {@link #END}, or with the failure that stopped it.
     */
    private static void read(ExportChunks chunks, boolean leaves, boolean runs, ExecutorService pool,
                             BlockingQueue<Future<Prepared>> inOrder) {
        Future<Prepared> end;
        try (chunks) {
            for (ExportChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                ExportChunks.Chunk submitted = chunk;
                inOrder.put(pool.submit(() -> prepare(submitted, leaves, runs)));
            }
            end = END;
        } catch (IOException | RuntimeException e) {
            end = CompletableFuture.failedFuture(e);
        } catch (InterruptedException stopped) {
            return;
        }
        try {
            inOrder.put(end);
        } catch (InterruptedException stopped) {
            // The walk ended early, having failed; nobody waits for the end.
        }
    }

    private static Future<Prepared> taken(BlockingQueue<Future<Prepared>> inOrder) throws IOException {
        try {
            return inOrder.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static Prepared prepare(ExportChunks.Chunk chunk, boolean leaves, boolean runs) {
        IntactChunk.Read intact = runs ? IntactChunk.read(chunk, leaves) : null;
        return intact != null ? new Prepared(intact.run(), chunk, null, null, intact.lines()) : rowsOf(chunk, leaves);
    }

    /** {@link #rowsOf(ExportChunks.Chunk, boolean)} on the walk's thread, for a chunk from line {@code firstLine}. */
    private static Prepared rowsOf(ExportChunks.Chunk chunk, boolean leaves, long firstLine) {
        try {
            return rowsOf(chunk, leaves);
        } catch (MalformedExportException malformed) {
            throw malformed.inExportFrom(firstLine);
        }
    }

    /** The rows of a chunk with the hashes computed ahead for them; the chunk is left for the walk to release. */
    private static Prepared rowsOf(ExportChunks.Chunk chunk, boolean leaves) {
        List<LedgerRow> rows = new ArrayList<>(chunk.length() / 512 + 1);
        List<RowHashes> hashes = new ArrayList<>(chunk.length() / 512 + 1);
        RowHashes.Batch ahead = new RowHashes.Batch(leaves);
        long lines = ExportReader.parse(chunk, 1, (row, entryHash) -> {
            rows.add(row);
            hashes.add(ahead.next(row, entryHash));
        });
        return new Prepared(null, chunk, rows, hashes, lines);
    }

    private static Prepared result(Future<Prepared> prepared, long firstLine) throws IOException {
        try {
            return prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MalformedExportException malformed) {
                throw malformed.inExportFrom(firstLine);
            }
            if (e.getCause() instanceof IOException unreadable) {
                throw unreadable;
            }
            throw new IOException(e.getCause());
        }
    }
}
