package se.reorgledger.api.integrity.offline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.reorgledger.api.integrity.ChainVerifier;
import se.reorgledger.api.integrity.Finding;
import se.reorgledger.api.integrity.FindingKind;
import se.reorgledger.api.integrity.LedgerRow;
import se.reorgledger.api.integrity.TrustedDigest;
import se.reorgledger.api.integrity.Verification;
import se.reorgledger.api.integrity.VerificationScope;
import se.reorgledger.api.integrity.export.ExportChunks;
import se.reorgledger.api.integrity.export.ExportReader;
import se.reorgledger.api.integrity.export.ExportTrailer;
import se.reorgledger.api.integrity.export.MalformedExportException;

/**
 * Verifies an export file with the same rules as the service verifies its tables, from the exported bytes alone:
 * against the head line the export closes with and, if given, a digest the auditor trusts. Chunks of lines are
 * parsed and their entry hashes computed on all cores; the chain is walked in order on this thread, so memory
 * stays bounded by the chunks in flight.
 */
public final class ExportVerification {

    /** The rows of one chunk with their entry hashes at their links' positions, and how many lines it held. */
    private record Prepared(List<LedgerRow> rows, String[] entryHashes, long lines) {
    }

    private ExportVerification() {
    }

    public static Verification verify(Path export, TrustedDigest trusted) throws IOException {
        ExportTrailer trailer = ExportReader.trailer(export);
        VerificationScope scope = trailer == null ? VerificationScope.unbounded() : trailer.scope();
        if (trusted != null && scope.from() != 1) {
            throw new IllegalArgumentException("this export starts at position " + scope.from() + "; a digest can "
                    + "only be checked against an export from position 1");
        }
        ChainVerifier verifier = new ChainVerifier(scope, trusted);
        long rows = walk(export, verifier);
        if (trailer == null) {
            verifier.report(new Finding(FindingKind.INCOMPLETE, rows + 1, "The export does not end with its head "
                    + "line: it was cut short, or lines were added after it. Nothing shows whether events after "
                    + "its last line are missing."));
        }
        return verifier.finish();
    }

    private static long walk(Path export, ChainVerifier verifier) throws IOException {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "verify-export");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
        long rows = 0;
        long line = 1;
        try (InputStream in = Files.newInputStream(export)) {
            ExportChunks chunks = new ExportChunks(in, ExportReader.CHUNK_BYTES);
            for (ExportChunks.Chunk chunk = chunks.next(); chunk != null || !inFlight.isEmpty();
                 chunk = chunk == null ? null : chunks.next()) {
                if (chunk != null) {
                    ExportChunks.Chunk submitted = chunk;
                    inFlight.addLast(pool.submit(() -> prepare(submitted, chunks)));
                }
                if (chunk == null || inFlight.size() > 2 * workers) {
                    Prepared prepared = result(inFlight.removeFirst(), line);
                    for (int i = 0; i < prepared.rows().size(); i++) {
                        verifier.accept(prepared.rows().get(i), prepared.entryHashes()[i]);
                    }
                    rows += prepared.rows().size();
                    line += prepared.lines();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }

    private static Prepared prepare(ExportChunks.Chunk chunk, ExportChunks chunks) {
        ExportReader.ParsedChunk parsed = ExportReader.parse(chunk, 1);
        chunks.release(chunk);
        List<LedgerRow> rows = parsed.rows();
        String[] entryHashes = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            LedgerRow row = rows.get(i);
            if (row.hasEntry() && row.hasLink()) {
                entryHashes[i] = row.entry().entryHash(row.link().position());
            }
        }
        return new Prepared(rows, entryHashes, parsed.lines());
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
            throw new IOException(e.getCause());
        }
    }
}
