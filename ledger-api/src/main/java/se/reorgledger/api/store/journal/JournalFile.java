package se.reorgledger.api.store.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.reorgledger.integrity.chain.EntryHashing;

/**
 * The journal file: NDJSON, each append's events then its head, appended and forced to the disk before the
 * append is acknowledged. Read back, every event is checked against its entry hash and the chain, so a journal
 * that was altered or damaged is refused rather than restored from. Only whole appends count: events after the
 * last head (an append cut off by a crash before it was acknowledged) and a last line without its newline are
 * passed over, and cut off by {@link #truncate(Scan)}.
 */
final class JournalFile implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    /** Appends are read back in batches of this many events when restored. */
    static final int BATCH = 500;

    private final Path path;
    private FileChannel channel;

    JournalFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** What reading the journal found: its head (null when it holds no append) and where its whole appends end. */
    record Scan(JournalHead head, String chainHashAtAsked, long wholeBytes, long fileBytes) {

        long position() {
            return head == null ? 0 : head.position();
        }

        String chainHash() {
            return head == null ? EntryHashing.GENESIS : head.chainHash();
        }

        boolean hasTornTail() {
            return fileBytes > wholeBytes;
        }
    }

    /**
     * Reads the whole journal, checking every event; notes the chain hash at position {@code asked} (the genesis
     * hash at 0, null when the journal does not reach it).
     */
    Scan scan(long asked) {
        Scan[] result = new Scan[1];
        read(Long.MAX_VALUE, asked, Long.MAX_VALUE, scan -> result[0] = scan, null);
        return result[0];
    }

    /** The journal's whole appends' events after {@code position}, in batches, up to where {@code scan} ended. */
    void eventsAfter(long position, Scan scan, Consumer<List<JournalEvent>> batches) {
        read(scan.wholeBytes(), -1, position, ignored -> {
        }, batches);
    }

    /**
     * Reads up to {@code limit} bytes, checking every event; with {@code batches}, hands on the events after
     * position {@code after} of each whole append.
     */
    private void read(long limit, long asked, long after, Consumer<Scan> done, Consumer<List<JournalEvent>> batches) {
        if (!Files.exists(path)) {
            done.accept(new Scan(null, asked == 0 ? EntryHashing.GENESIS : null, 0, 0));
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            JournalChain chain = new JournalChain(path, asked);
            List<JournalEvent> batch = new ArrayList<>();
            List<JournalEvent> pending = new ArrayList<>();
            ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
            long offset = 0;
            long lineNumber = 0;
            int b;
            while (offset < limit && (b = in.read()) != -1) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                lineNumber++;
                JournalLine parsed = parse(line.toByteArray(), lineNumber);
                line.reset();
                if (parsed.event() != null) {
                    chain.event(parsed.event(), lineNumber);
                    pending.add(parsed.event());
                } else {
                    chain.head(parsed.head(), offset, lineNumber);
                    if (batches != null) {
                        pending.stream().filter(event -> event.position() > after).forEach(batch::add);
                        if (batch.size() >= BATCH) {
                            batches.accept(List.copyOf(batch));
                            batch.clear();
                        }
                    }
                    pending.clear();
                }
            }
            if (batches != null && !batch.isEmpty()) {
                batches.accept(List.copyOf(batch));
            }
            done.accept(new Scan(chain.head(), chain.chainHashAtAsked(), chain.wholeBytes(), Files.size(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("The journal " + path + " could not be read", e);
        }
    }

    private JournalLine parse(byte[] line, long number) {
        try {
            JournalLine parsed = JSON.readValue(line, JournalLine.class);
            if (parsed == null || parsed.v() != JournalLine.FORMAT || (parsed.event() == null) == (parsed.head() == null)) {
                throw new JournalDamagedException(path, number, "it is no line of journal format "
                        + JournalLine.FORMAT);
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw new JournalDamagedException(path, number, "it is not JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends the events of one or more whole appends and the head after them, and forces them to the disk. */
    synchronized void append(List<JournalEvent> events, JournalHead head) {
        appendEvents(events);
        appendHead(head);
    }

    /** Appends events without a head and without forcing them: a head must follow before they count. */
    synchronized void appendEvents(List<JournalEvent> events) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 1024);
            for (JournalEvent event : events) {
                JSON.writeValue(out, JournalLine.of(event));
                out.write('\n');
            }
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The journal " + path + " could not be written", e);
        }
    }

    /** Closes the events written before it as one whole append, and forces the journal to the disk. */
    synchronized void appendHead(JournalHead head) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            JSON.writeValue(out, JournalLine.of(head));
            out.write('\n');
            write(out);
            channel().force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("The journal " + path + " could not be written", e);
        }
    }

    private void write(ByteArrayOutputStream out) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(out.toByteArray());
        FileChannel open = channel();
        while (bytes.hasRemaining()) {
            open.write(bytes);
        }
    }

    /** Cuts off what follows the last whole append: it was never acknowledged. */
    synchronized void truncate(Scan scan) {
        if (!scan.hasTornTail()) {
            return;
        }
        try {
            FileChannel open = channel();
            open.truncate(scan.wholeBytes());
            open.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("The journal " + path + " could not be cut to its whole appends", e);
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            boolean created = !Files.exists(path);
            Files.createDirectories(path.getParent());
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            if (created) {
                forceDirectory(path.getParent());
            }
        }
        return channel;
    }

    /** A new file's name is durable only once its folder is. */
    private static void forceDirectory(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException notSupportedHere) {
            // Some file systems refuse to open a folder; the file's own force still holds its content.
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
