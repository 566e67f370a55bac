package se.reorgledger.projections.rebuild.checkpoint;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongFunction;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.CheckpointInput;
import se.reorgledger.projections.index.CheckpointOutput;

/**
 * A checkpoint of the read models in one file: their whole state, the ledger position it stands at (with the
 * event id and chain hash there, so that a checkpoint of another or a rewritten ledger is recognised), the
 * projection's state digest ({@link LedgerProjection#stateDigest()}: the checksum's content, fed as bytes), and a
 * SHA-256 of every byte before it.
 *
 * <pre>
 * "RLRMCKPT"  format version (4 bytes)  header  projection  SHA-256 of all before (32 bytes)
 * projection: position  organisation count  (section length  section)...
 * </pre>
 *
 * The read models stand still only while their state is encoded into memory and digested (both at once); the
 * file is then written to a temporary file, forced to the disk and renamed over the previous one, which stays
 * whole until then, while the read models take in events again. A load trusts nothing it has not checked: the
 * format version, the bytes' SHA-256, the ledger at the checkpoint's position (the caller's check), and, once
 * read, the state digest of the projection read back, computed afresh from its values, against the one taken
 * from the projection that was written; any mismatch rejects the checkpoint with the reason, and the caller
 * rebuilds from the events.
 *
 * <p>The format's version is {@value #FORMAT_VERSION} (1 held the text checksum instead of the state digest; 2 wrote
 * the organisations one after another with one table of record types for all, so that none could be found or
 * read without reading all before it: 3 writes each as a section of its own with its length before it). A file of
 * another version is rejected and the read models rebuilt from the events, never read with this version's reader.
 * A change of what the projection writes (a field added to
 * an index, entry or timeline) is a new version; a change of a record type's components (an event's or a state's)
 * is recognised without one, as every record type is described in the file where it first appears.
 */
public final class CheckpointFile {

    public static final int FORMAT_VERSION = 3;
    public static final String FILE_NAME = "read-models.checkpoint";
    private static final byte[] MAGIC = "RLRMCKPT".getBytes(StandardCharsets.US_ASCII);
    private static final int SHA256_BYTES = 32;
    private static final int IO_BUFFER = 1 << 20;

    private CheckpointFile() {
    }

    /** Where in the ledger a checkpoint stands: the position, and the event id and chain hash there (may be null). */
    public record LedgerAnchor(long position, String eventId, String chainHash) {
    }

    /** What a checkpoint says of itself. */
    public record Header(int formatVersion, LedgerAnchor anchor, String stateDigest, Instant writtenAt) {
    }

    /**
     * A checkpoint written: where, of what, how large and how long it took, and of that how long the read models
     * stood still (took in no events).
     */
    public record Written(Path file, Header header, long bytes, Duration took, Duration still) {
    }

    /** The outcome of a load: a projection, or why none (no file at all: neither). */
    public record Loaded(Optional<LedgerProjection> projection, Header header, String rejectedBecause, long bytes,
                         Duration took) {

        static Loaded absent() {
            return new Loaded(Optional.empty(), null, null, 0, Duration.ZERO);
        }

        /** Whether there was no checkpoint at all (neither loaded nor rejected). */
        public boolean none() {
            return projection.isEmpty() && rejectedBecause == null;
        }
    }

    /**
     * A checkpoint read and checked in itself (its format, the SHA-256 of its bytes, the state digest of what was
     * read back), but not yet against the ledger: it gives its projection only through {@link #checkedAgainst}.
     * It needs no database, so a start reads it beside the service's own start.
     */
    public static final class Read {

        private final Loaded loaded;
        private final Duration decoded;
        private final Duration digested;

        private Read(Loaded loaded) {
            this(loaded, new long[2]);
        }

        private Read(Loaded loaded, long[] phases) {
            this.loaded = loaded;
            this.decoded = Duration.ofNanos(phases[0]);
            this.digested = Duration.ofNanos(phases[1]);
        }

        /** The checkpoint, if the ledger matches its anchor ({@code ledgerCheck}: why not, or empty when it does). */
        public Loaded checkedAgainst(Function<Header, Optional<String>> ledgerCheck) {
            if (loaded.projection().isEmpty()) {
                return loaded;
            }
            long started = System.nanoTime();
            Optional<String> mismatch;
            try {
                mismatch = ledgerCheck.apply(loaded.header());
            } catch (RuntimeException e) {
                mismatch = Optional.of("it cannot be checked against the ledger: " + e);
            }
            Duration took = loaded.took().plusNanos(System.nanoTime() - started);
            return mismatch.map(reason -> new Loaded(Optional.empty(), loaded.header(), reason, loaded.bytes(), took))
                    .orElseGet(() -> new Loaded(loaded.projection(), loaded.header(), null, loaded.bytes(), took));
        }

        /** How long reading took, before the ledger's check. */
        public Duration took() {
            return loaded.took();
        }

        /** Of that, until every byte was read and its SHA-256 taken and every organisation decoded. */
        public Duration decoded() {
            return decoded;
        }

        /** Of that, the state digest of what was read back. */
        public Duration digested() {
            return digested;
        }
    }

    public static Path fileIn(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /**
     * Writes a checkpoint of the projection as it stands. The projection applies nothing while its state is encoded
     * into memory and its state digest taken (queries go on); the file is written and forced after that.
     *
     * @param anchorAt the ledger's event id and chain hash at a position, read from the ledger
     */
    public static Written write(Path folder, LedgerProjection projection, LongFunction<LedgerAnchor> anchorAt)
            throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(folder);
        Path target = fileIn(folder);
        Path temporary = folder.resolve(FILE_NAME + ".tmp");
        Taken taken = projection.still(() -> take(projection));
        Header header = new Header(FORMAT_VERSION, anchorAt.apply(taken.position()), taken.stateDigest(),
                taken.at());
        writeFile(temporary, header, taken.payload());
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(folder);
        return new Written(target, header, Files.size(target), Duration.ofNanos(System.nanoTime() - started),
                taken.still());
    }

    /** The projection's state at one position, encoded, and its state digest. */
    private record Taken(long position, String stateDigest, Instant at, MemoryBytes payload, Duration still) {
    }

    /** Called with the projection still: the digest on another core while this one encodes. */
    private static Taken take(LedgerProjection projection) {
        long stillFrom = System.nanoTime();
        CompletableFuture<String> digest = CompletableFuture.supplyAsync(projection::stateDigest);
        MemoryBytes payload = new MemoryBytes();
        try {
            CheckpointOutput out = new CheckpointOutput(payload);
            projection.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String stateDigest = digest.join();
        return new Taken(projection.position(), stateDigest, Instant.now(), payload,
                Duration.ofNanos(System.nanoTime() - stillFrom));
    }

    private static void writeFile(Path temporary, Header header, MemoryBytes payload) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            MessageDigest sha256 = sha256();
            OutputStream file = Channels.newOutputStream(channel);
            DigestOutputStream digesting = new DigestOutputStream(new java.io.BufferedOutputStream(file, IO_BUFFER),
                    sha256);
            digesting.write(MAGIC);
            digesting.write(intBytes(header.formatVersion()));
            CheckpointOutput out = new CheckpointOutput(digesting);
            writeHeader(out, header);
            out.flush();
            payload.writeTo(digesting);
            digesting.on(false);
            digesting.write(sha256.digest());
            digesting.flush();
            channel.force(true);
        }
    }

    private static void writeHeader(CheckpointOutput out, Header header) throws IOException {
        out.writeLong(header.anchor().position());
        out.writeText(header.anchor().eventId());
        out.writeText(header.anchor().chainHash());
        out.writeText(header.stateDigest());
        out.writeLong(header.writtenAt().toEpochMilli());
    }

    private static Header readHeader(CheckpointInput in, int version) throws IOException {
        LedgerAnchor anchor = new LedgerAnchor(in.readLong(), in.readText(), in.readText());
        return new Header(version, anchor, in.readText(), Instant.ofEpochMilli(in.readLong()));
    }

    /**
     * Loads the checkpoint in {@code folder}, if there is one and it passes every check: {@link #read}, then
     * {@link Read#checkedAgainst} the ledger.
     *
     * @param ledgerCheck why the ledger does not match a checkpoint's anchor (its position beyond the head, another
     *                    event or chain hash there), or empty when it matches
     */
    public static Loaded load(Path folder, Function<Header, Optional<String>> ledgerCheck) {
        return read(folder).checkedAgainst(ledgerCheck);
    }

    /**
     * Reads the checkpoint in {@code folder} and checks it in itself. The file is opened and read once: its SHA-256
     * is taken as it is read, and organisations are decoded on every core meanwhile; nothing read is given out
     * before every check has passed, and the ledger's is still to come ({@link Read#checkedAgainst}).
     */
    public static Read read(Path folder) {
        long started = System.nanoTime();
        FileChannel channel;
        try {
            channel = FileChannel.open(fileIn(folder), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return new Read(Loaded.absent());
        } catch (IOException e) {
            return new Read(rejected(null, "it cannot be read: " + e, 0, started));
        }
        long bytes = 0;
        try (channel; SectionDecoding decoding = new SectionDecoding()) {
            bytes = channel.size();
            long[] phases = new long[2];
            return new Read(read(channel, bytes, decoding, started, phases), phases);
        } catch (IOException | RuntimeException e) {
            return new Read(rejected(null, "it cannot be read: " + e, bytes, started));
        }
    }

    /** Reads and checks; {@code phases} is given how long decoding, then the state digest, took (nanoseconds). */
    private static Loaded read(FileChannel channel, long bytes, SectionDecoding decoding, long started,
                               long[] phases) throws IOException {
        int version = formatVersionOf(channel);
        if (version != FORMAT_VERSION) {
            return rejected(null, "its format version " + version + " is not this code's (" + FORMAT_VERSION + ")",
                    bytes, started);
        }
        if (bytes < MAGIC.length + 4 + SHA256_BYTES) {
            return rejected(null, "its bytes do not match their SHA-256", bytes, started);
        }
        byte[] recorded = readAt(channel, bytes - SHA256_BYTES, SHA256_BYTES);
        MessageDigest sha256 = sha256();
        InputStream content = new DigestInputStream(new Bounded(Channels.newInputStream(channel.position(0)),
                bytes - SHA256_BYTES), sha256);
        content.readNBytes(MAGIC.length + 4);
        Header header = null;
        LedgerProjection projection = null;
        Exception unreadable = null;
        try {
            CheckpointInput in = new CheckpointInput(content);
            header = readHeader(in, version);
            projection = decoding.read(in);
        } catch (IOException | RuntimeException e) {
            unreadable = e;
        }
        // The rest of the bytes, digested: a flipped byte is named as such, whatever else it broke.
        content.transferTo(OutputStream.nullOutputStream());
        if (!MessageDigest.isEqual(sha256.digest(), recorded)) {
            return rejected(null, "its bytes do not match their SHA-256", bytes, started);
        }
        if (unreadable != null) {
            return rejected(header, "it cannot be read: " + unreadable, bytes, started);
        }
        if (projection.position() != header.anchor().position()) {
            return rejected(header, "its projection stands at " + projection.position() + ", its header at "
                    + header.anchor().position(), bytes, started);
        }
        phases[0] = System.nanoTime() - started;
        String stateDigest = projection.stateDigest();
        phases[1] = System.nanoTime() - started - phases[0];
        if (!stateDigest.equals(header.stateDigest())) {
            return rejected(header, "the read models read from it have the state digest " + stateDigest
                    + ", not the " + header.stateDigest() + " they had when it was written", bytes, started);
        }
        return new Loaded(Optional.of(projection), header, null, bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Loaded rejected(Header header, String reason, long bytes, long started) {
        return new Loaded(Optional.empty(), header, reason, bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The format version a file says it has; -1 when it is not a checkpoint at all. */
    static int formatVersionOf(FileChannel channel) throws IOException {
        if (channel.size() < MAGIC.length + 4) {
            return -1;
        }
        byte[] start = readAt(channel, 0, MAGIC.length + 4);
        if (!Arrays.equals(Arrays.copyOf(start, MAGIC.length), MAGIC)) {
            return -1;
        }
        return (start[8] & 0xFF) << 24 | (start[9] & 0xFF) << 16 | (start[10] & 0xFF) << 8 | (start[11] & 0xFF);
    }

    private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new java.io.EOFException("the checkpoint ends early");
            }
        }
        return buffer.array();
    }

    /** The first {@code limit} bytes of a stream: the checkpoint without its SHA-256 at the end. */
    private static final class Bounded extends FilterInputStream {

        private long remaining;

        Bounded(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int value = in.read();
            remaining -= value < 0 ? 0 : 1;
            return value;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(bytes, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(read, 0);
            return read;
        }
    }

    private static byte[] intBytes(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static void forceFolder(Path folder) {
        // Makes the rename durable where the platform allows opening a folder; elsewhere the rename stands alone.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here (e.g. on Windows): nothing more can be done
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
