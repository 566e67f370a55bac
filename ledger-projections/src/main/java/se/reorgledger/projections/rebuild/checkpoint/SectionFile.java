package se.reorgledger.projections.rebuild.checkpoint;

import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * The checkpoint file held open while some of its organisations are still to be loaded, read at positions. A
 * {@link RandomAccessFile} rather than a shared {@code FileChannel}: an interrupted reader would close a channel
 * for every other organisation. Reads are serialised (a section is read in a millisecond, decoded in far more);
 * the file is closed when the last organisation has been loaded (or rejected), or when its read models are
 * replaced ({@link #close}).
 */
final class SectionFile {

    private final RandomAccessFile file;
    private int pending;

    /** Takes over {@code file}, the one whose header and table were checked. */
    SectionFile(RandomAccessFile file, int pending) throws IOException {
        this.file = file;
        this.pending = pending;
        if (pending == 0) {
            file.close();
        }
    }

    synchronized byte[] read(long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        file.seek(offset);
        file.readFully(bytes);
        return bytes;
    }

    /** One organisation is done with the file (loaded or rejected). */
    synchronized void done() {
        if (--pending == 0) {
            close();
        }
    }

    synchronized void close() {
        try {
            file.close();
        } catch (IOException e) {
            // nothing is lost: the file was only read
        }
    }
}
