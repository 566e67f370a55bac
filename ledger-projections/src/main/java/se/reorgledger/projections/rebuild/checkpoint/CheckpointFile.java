package se.reorgledger.projections.rebuild.checkpoint;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongFunction;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.CheckpointInput;
import se.reorgledger.projections.index.CheckpointOutput;
import se.reorgledger.projections.index.IncompatibleCheckpointException;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * A checkpoint of the read models in one file: every organisation's state as a section of its own, the ledger
 * position it stands at (with the event id and chain hash there, so that a checkpoint of another or a rewritten
 * ledger is recognised), the projection's state digest ({@link LedgerProjection#stateDigest()}: the checksum's
 * content, fed as bytes), and a section table that says where each organisation's section is, the SHA-256 of its
 * bytes and the organisation's own state digest; a SHA-256 over the header and the table ends the file.
 *
 * <pre>
 * "RLRMCKPT"  format version (4 bytes)  header length (4 bytes)  header  section...  table
 * table length (8 bytes)  SHA-256 of the magic, version, header length, header, table and table length (32 bytes)
 * header: position  event id  chain hash  state digest  written at
 * table: count  (id  name  registered at  newest recorded at  offset  length  section SHA-256  state digest)...
 * </pre>
 *
 * The read models stand still only while their state is encoded into memory and digested (both at once); the
 * file is then written to a temporary file, forced to the disk and renamed over the previous one, which stays
 * whole until then, while the read models take in events again. A start reads and checks only the header and the
 * table (O(organisations), not O(bytes)): the format version, their SHA-256, that the table's state digests
 * combine into the header's, and the ledger at the checkpoint's position (the caller's check). Each organisation
 * is loaded at its first use, or by a loader in the background ({@link BackgroundLoading}), and given out only
 * when its section passes its own checks ({@link CheckpointSection}); one that fails them is never served.
 *
 * <p>The format's version is {@value #FORMAT_VERSION} (1 held the text checksum instead of the state digest; 2 wrote
 * the organisations one after another with one table of record types for all; 3 wrote each as a section of its own
 * with its length before it, and one SHA-256 over every byte, so that a start read the whole file). A file of
 * another version is rejected and the read models rebuilt from the events, never read with this version's reader.
 * A change of what the projection writes (a field added to an index, entry or timeline) is a new version; a change
 * of a record type's components (an event's or a state's) is recognised without one, as every record type is
 * described in each section where it first appears.
 */
public final class CheckpointFile {

    public static final int FORMAT_VERSION = 4;
    public static final String FILE_NAME = "read-models.checkpoint";
    private static final byte[] MAGIC = "RLRMCKPT".getBytes(StandardCharsets.US_ASCII);
    private static final int SHA256_BYTES = 32;
    private static final int IO_BUFFER = 1 << 20;
    // The magic, the version and the header's length.
    private static final int START_BYTES = 8 + 4 + 4;
    // The table's length and the SHA-256.
    private static final int END_BYTES = 8 + SHA256_BYTES;

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
     * A checkpoint whose header and section table have been read and checked in themselves (format, SHA-256, the
     * table's state digests against the header's), but not yet against the ledger: it gives its projection only
     * through {@link #checkedAgainst}. Its organisations are read from their sections when first used. It needs no
     * database, so a start reads it beside the service's own start.
     */
    public static final class Read {

        private final Loaded loaded;
        private final SectionFile file;

        private Read(Loaded loaded, SectionFile file) {
            this.loaded = loaded;
            this.file = file;
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
            if (mismatch.isPresent()) {
                file.close();
                return new Loaded(Optional.empty(), loaded.header(), mismatch.get(), loaded.bytes(), took);
            }
            return new Loaded(loaded.projection(), loaded.header(), null, loaded.bytes(), took);
        }

        /** Lets go of the file, when the checkpoint is not wanted. */
        public void discard() {
            if (file != null) {
                file.close();
            }
        }

        /** How long reading the header and the table took, before the ledger's check. */
        public Duration took() {
            return loaded.took();
        }

        /** How many organisations the checkpoint holds, each to be loaded at its first use. */
        public int organisations() {
            return loaded.projection().map(projection -> projection.organisationIds().size()).orElse(0);
        }
    }

    public static Path fileIn(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /**
     * Writes a checkpoint of the projection as it stands. The projection applies nothing while its state is encoded
     * into memory and its state digest taken (queries go on); the file is written and forced after that.
     *
     * <p>Organisations not yet loaded from the previous checkpoint are loaded (and checked) first, rather than
     * their sections copied over as they are: the file written is then encoded from values in memory only and
     * never depends on the one it replaces, and copying would spare no more than the little the background
     * loader has left to do this soon after a start (a write is due after 100,000 events or 10 minutes).
     *
     * @throws se.reorgledger.projections.index.RejectedSectionException when an organisation's section fails its
     *                                                                    checks: no checkpoint of read models
     *                                                                    that are not whole is written
     *
     * @param anchorAt the ledger's event id and chain hash at a position, read from the ledger
     */
    public static Written write(Path folder, LedgerProjection projection, LongFunction<LedgerAnchor> anchorAt)
            throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(folder);
        Path target = fileIn(folder);
        Path temporary = folder.resolve(FILE_NAME + ".tmp");
        // Loaded before the projection stands still, so that it takes in events meanwhile (see take).
        projection.indexesInIdOrder();
        Taken taken = projection.still(() -> take(projection));
        Header header = new Header(FORMAT_VERSION, anchorAt.apply(taken.position()), taken.stateDigest(),
                taken.at());
        writeFile(temporary, header, taken);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(folder);
        return new Written(target, header, Files.size(target), Duration.ofNanos(System.nanoTime() - started),
                taken.still());
    }

    /** The projection's state at one position: its sections encoded, their table, and its state digest. */
    private record Taken(long position, String stateDigest, Instant at, MemoryBytes sections,
                         List<SectionTable.Entry> table, Duration still) {
    }

    /**
     * Called with the projection still: the organisations' state digests on other cores while this one encodes.
     * Every organisation is in memory by then ({@link #write} loads those not yet loaded before the projection
     * stands still), so every section written is encoded from values that were checked or built from events.
     */
    private static Taken take(LedgerProjection projection) {
        long stillFrom = System.nanoTime();
        List<OrganisationIndex> indexes = projection.indexesInIdOrder();
        CompletableFuture<List<String>> digests = CompletableFuture.supplyAsync(() -> indexes.parallelStream()
                .map(LedgerProjection::organisationStateDigest).toList());
        MemoryBytes sections = new MemoryBytes();
        List<Encoded> encoded = new ArrayList<>(indexes.size());
        try {
            for (OrganisationIndex index : indexes) {
                encoded.add(encoded(index, sections));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> stateDigests = digests.join();
        List<SectionTable.Entry> table = new ArrayList<>(indexes.size());
        for (int i = 0; i < indexes.size(); i++) {
            OrganisationIndex index = indexes.get(i);
            Encoded section = encoded.get(i);
            table.add(new SectionTable.Entry(index.id(), index.name(), index.registeredAt(),
                    index.newestRecordedAt(), section.offset(), section.length(), null,
                    stateDigests.get(i)));
        }
        long position = projection.position();
        return new Taken(position, LedgerProjection.combinedState(position, stateDigests), Instant.now(), sections,
                table, Duration.ofNanos(System.nanoTime() - stillFrom));
    }

    /** Where a section lies among the sections (offsets from the first). */
    private record Encoded(long offset, long length) {
    }

    private static Encoded encoded(OrganisationIndex index, MemoryBytes sections) throws IOException {
        long offset = sections.size();
        CheckpointOutput out = new CheckpointOutput(sections);
        index.read(() -> {
            try {
                index.writeTo(out);
                out.flush();
                return null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new Encoded(offset, sections.size() - offset);
    }

    /**
     * Writes the file, the read models taking in events again: each section's SHA-256 is taken here, as its bytes
     * go to the file, not while they stood still.
     */
    private static void writeFile(Path temporary, Header header, Taken taken) throws IOException {
        byte[] headerBytes = encodedHeader(header);
        long sectionsFrom = START_BYTES + headerBytes.length;
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            MessageDigest sha256 = sha256();
            OutputStream file = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), IO_BUFFER);
            DigestOutputStream digesting = new DigestOutputStream(file, sha256);
            digesting.write(MAGIC);
            digesting.write(intBytes(header.formatVersion()));
            digesting.write(intBytes(headerBytes.length));
            digesting.write(headerBytes);
            digesting.on(false);
            SectionHashing sections = new SectionHashing(digesting, taken.table());
            taken.sections().writeTo(sections);
            List<String> sectionSha256s = sections.finished();
            List<SectionTable.Entry> table = new ArrayList<>(taken.table().size());
            for (int i = 0; i < taken.table().size(); i++) {
                SectionTable.Entry entry = taken.table().get(i);
                table.add(new SectionTable.Entry(entry.id(), entry.name(), entry.registeredAt(),
                        entry.newestRecordedAt(), sectionsFrom + entry.offset(), entry.length(),
                        sectionSha256s.get(i), entry.stateDigest()));
            }
            java.io.ByteArrayOutputStream tableBytes = new java.io.ByteArrayOutputStream();
            CheckpointOutput tableOut = new CheckpointOutput(tableBytes);
            SectionTable.write(tableOut, table);
            tableOut.flush();
            digesting.on(true);
            tableBytes.writeTo(digesting);
            digesting.write(longBytes(tableBytes.size()));
            digesting.on(false);
            digesting.write(sha256.digest());
            digesting.flush();
            channel.force(true);
        }
    }

    /** Passes the sections on, taking each one's SHA-256 by the lengths the table gives, in order. */
    private static final class SectionHashing extends OutputStream {

        private final OutputStream out;
        private final long[] lengths;
        private final List<String> sha256s = new ArrayList<>();
        private final MessageDigest sha256 = sha256();
        private long left;

        SectionHashing(OutputStream out, List<SectionTable.Entry> table) {
            this.out = out;
            this.lengths = table.stream().mapToLong(SectionTable.Entry::length).toArray();
            this.left = lengths.length > 0 ? lengths[0] : 0;
            closeEmpty();
        }

        @Override
        public void write(int value) throws IOException {
            write(new byte[] {(byte) value}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            while (length > 0) {
                if (sha256s.size() == lengths.length) {
                    throw new IllegalStateException("more bytes than the sections' lengths");
                }
                int part = (int) Math.min(length, left);
                sha256.update(bytes, offset, part);
                offset += part;
                length -= part;
                left -= part;
                closeEmpty();
            }
        }

        /** Ends every section whose bytes are all in, and goes on to the next. */
        private void closeEmpty() {
            while (left == 0 && sha256s.size() < lengths.length) {
                sha256s.add(HexFormat.of().formatHex(sha256.digest()));
                left = sha256s.size() < lengths.length ? lengths[sha256s.size()] : 0;
            }
        }

        List<String> finished() {
            if (sha256s.size() != lengths.length) {
                throw new IllegalStateException("fewer bytes than the sections' lengths");
            }
            return sha256s;
        }
    }

    private static byte[] encodedHeader(Header header) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CheckpointOutput out = new CheckpointOutput(bytes);
        writeHeader(out, header);
        out.flush();
        return bytes.toByteArray();
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
     * Reads the checkpoint in {@code folder} and checks it in itself: the format version, the header and section
     * table against their SHA-256, and the table's state digests against the header's. The sections are read only
     * when their organisations are first used; the ledger's check is still to come ({@link Read#checkedAgainst}).
     */
    public static Read read(Path folder) {
        long started = System.nanoTime();
        Path path = fileIn(folder);
        // Opened once: the sections are read through the very file whose header and table were checked, never
        // through the path again, which a newer checkpoint may have been renamed over meanwhile.
        RandomAccessFile file;
        try {
            file = new RandomAccessFile(path.toFile(), "r");
        } catch (FileNotFoundException e) {
            if (!Files.exists(path)) {
                return new Read(Loaded.absent(), null);
            }
            return new Read(rejected(null, "it cannot be read: " + e, 0, started), null);
        }
        long bytes = 0;
        Read read = null;
        try {
            bytes = file.length();
            read = read(file, bytes, started);
            return read;
        } catch (IOException | RuntimeException e) {
            return new Read(rejected(null, "it cannot be read: " + e, bytes, started), null);
        } finally {
            if (read == null || read.file == null) {
                closeQuietly(file);
            }
        }
    }

    private static void closeQuietly(RandomAccessFile file) {
        try {
            file.close();
        } catch (IOException e) {
            // nothing is lost: the file was only read
        }
    }

    private static Read read(RandomAccessFile opened, long bytes, long started) throws IOException {
        FileChannel channel = opened.getChannel();
        int version = formatVersionOf(channel);
        if (version != FORMAT_VERSION) {
            return new Read(rejected(null, "its format version " + version + " is not this code's ("
                    + FORMAT_VERSION + ")", bytes, started), null);
        }
        String unsigned = "its header and section table do not match their SHA-256";
        if (bytes < START_BYTES + END_BYTES) {
            return new Read(rejected(null, unsigned, bytes, started), null);
        }
        byte[] start = readAt(channel, 0, START_BYTES);
        long headerLength = intAt(start, 12) & 0xFFFFFFFFL;
        byte[] end = readAt(channel, bytes - END_BYTES, END_BYTES);
        long tableLength = longAt(end);
        long sectionsFrom = START_BYTES + headerLength;
        long sectionsTo = bytes - END_BYTES - tableLength;
        // Lengths read before their SHA-256 is checked: a damaged one is named as such, never followed.
        if (headerLength > bytes || tableLength < 0 || tableLength > bytes || sectionsTo < sectionsFrom) {
            return new Read(rejected(null, unsigned, bytes, started), null);
        }
        byte[] headerBytes = readAt(channel, START_BYTES, (int) headerLength);
        byte[] tableBytes = readAt(channel, sectionsTo, (int) tableLength);
        MessageDigest sha256 = sha256();
        sha256.update(start);
        sha256.update(headerBytes);
        sha256.update(tableBytes);
        sha256.update(end, 0, 8);
        if (!MessageDigest.isEqual(sha256.digest(), Arrays.copyOfRange(end, 8, END_BYTES))) {
            return new Read(rejected(null, unsigned, bytes, started), null);
        }
        Header header = null;
        List<SectionTable.Entry> table;
        try {
            CheckpointInput headerIn = new CheckpointInput(headerBytes);
            header = readHeader(headerIn, version);
            if (!headerIn.atEnd()) {
                throw new IncompatibleCheckpointException("its header has bytes after it");
            }
            table = SectionTable.read(new CheckpointInput(tableBytes), sectionsFrom, sectionsTo);
        } catch (IOException | RuntimeException e) {
            return new Read(rejected(header, "it cannot be read: " + e, bytes, started), null);
        }
        long position = header.anchor().position();
        String stateDigest = LedgerProjection.combinedState(position,
                table.stream().map(SectionTable.Entry::stateDigest).toList());
        if (!stateDigest.equals(header.stateDigest())) {
            return new Read(rejected(header, "the state digests of its section table combine into " + stateDigest
                    + ", not the state digest " + header.stateDigest() + " its header holds", bytes, started), null);
        }
        SectionFile file = new SectionFile(opened, table.size());
        LedgerProjection projection = LedgerProjection.fromCheckpoint(position,
                table.stream().map(entry -> new CheckpointSection(file, entry)).toList());
        projection.whenReplaced(file::close);
        return new Read(new Loaded(Optional.of(projection), header, null, bytes,
                Duration.ofNanos(System.nanoTime() - started)), file);
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
        return intAt(start, 8);
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

    private static int intAt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | (bytes[at + 3] & 0xFF);
    }

    private static long longAt(byte[] bytes) {
        return (long) intAt(bytes, 0) << 32 | (intAt(bytes, 4) & 0xFFFFFFFFL);
    }

    private static byte[] longBytes(long value) {
        byte[] high = intBytes((int) (value >>> 32));
        byte[] low = intBytes((int) value);
        return new byte[] {high[0], high[1], high[2], high[3], low[0], low[1], low[2], low[3]};
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

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
