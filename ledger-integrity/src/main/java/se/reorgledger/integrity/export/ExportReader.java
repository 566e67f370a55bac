package se.reorgledger.integrity.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import se.reorgledger.integrity.chain.ChainHashes;
import se.reorgledger.integrity.chain.LedgerRow;

/**
 * Reads an export into rows, with the bytes exactly as exported: the text of payload and metadata as its UTF-8
 * bytes, or the base64 decoded. Streams chunk by chunk, so an export of any length is read in constant memory.
 * The head line is not a row; {@link #trailer(Path)} reads it from the end of the file first.
 */
public final class ExportReader implements AutoCloseable {

    /** Lines are read in chunks of this many bytes (or more, for a longer line). */
    public static final int CHUNK_BYTES = 4 << 20;
    private static final int TAIL_BYTES = 64 * 1024;

    private final InputStream in;
    private final ExportChunks chunks;
    private final Deque<LedgerRow> rows = new ArrayDeque<>();
    private long nextLine = 1;

    public ExportReader(InputStream in) {
        this(in, CHUNK_BYTES);
    }

    ExportReader(InputStream in, int chunkBytes) {
        this.in = in;
        this.chunks = new ExportChunks(in, chunkBytes);
    }

    /** The next row, or null at the end of the export; a head line and empty lines are passed over. */
    public LedgerRow next() throws IOException {
        while (rows.isEmpty()) {
            ExportChunks.Chunk chunk = chunks.next();
            if (chunk == null) {
                return null;
            }
            ParsedChunk parsed = parse(chunk, nextLine);
            chunks.release(chunk);
            rows.addAll(parsed.rows());
            nextLine += parsed.lines();
        }
        return rows.removeFirst();
    }

    /** The rows of one chunk, and how many lines it held, for numbering the lines of the next. */
    public record ParsedChunk(List<LedgerRow> rows, long lines) {
    }

    /** The rows of a chunk whose first line is {@code firstLine}. */
    public static ParsedChunk parse(ExportChunks.Chunk chunk, long firstLine) {
        ExportLineParser.Lines lines = ExportLineParser.parseAll(chunk.bytes(), chunk.length(), firstLine);
        return new ParsedChunk(lines.rows(), lines.count());
    }

    /** Takes the rows of a chunk as they are read. */
    public interface RowSink {

        /** The next row, with its entry hash at its link's position when its line was hashed as it was read. */
        void row(LedgerRow row, byte[] entryHashAtLink);
    }

    /**
     * Hands the rows of a chunk whose first line is {@code firstLine} to {@code sink} as they are read, while
     * each is still in the cache; how many lines the chunk held.
     */
    public static long parse(ExportChunks.Chunk chunk, long firstLine, RowSink sink) {
        return ExportLineParser.parseAll(chunk.bytes(), chunk.length(), firstLine, sink);
    }

    /** The head line that closes an export, or null when its last line is no head line. */
    public static ExportTrailer trailer(Path export) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(export.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, TAIL_BYTES);
            byte[] tail = new byte[size];
            file.seek(length - size);
            file.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8).stripTrailing();
            String last = text.substring(text.lastIndexOf('\n') + 1);
            if (!last.startsWith("{\"head\"")) {
                return null;
            }
            ExportTrailer trailer;
            try {
                trailer = ExportWriter.JSON.readValue(last, ExportTrailer.class);
            } catch (JsonProcessingException e) {
                throw MalformedExportException.inTheHeadLine("it is not JSON of a head");
            }
            return checked(trailer);
        }
    }

    /**
     * The head line as the verification relies on it: a head with a chain hash, the chain hash before the first
     * position, and positions that can be a range of the ledger. A hand-edited head line that lacks one is refused
     * here, with the rule, rather than compared as if it were a head.
     */
    private static ExportTrailer checked(ExportTrailer trailer) {
        if (trailer.head() == null) {
            throw MalformedExportException.inTheHeadLine("it states no head");
        }
        if (!ChainHashes.isHash(trailer.head().chainHash())) {
            throw MalformedExportException.inTheHeadLine("its head has no chain hash of 64 hex digits");
        }
        if (!ChainHashes.isHash(trailer.chainBefore())) {
            throw MalformedExportException.inTheHeadLine("it has no chainBefore of 64 hex digits");
        }
        if (trailer.from() < 1 || trailer.to() < trailer.from() - 1 || trailer.to() > trailer.head().position()) {
            throw MalformedExportException.inTheHeadLine("positions " + trailer.from() + " to " + trailer.to()
                    + " are no range of a ledger whose head is at position " + trailer.head().position());
        }
        return trailer;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
