package se.reorgledger.projections.rebuild.checkpoint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes kept in memory in chunks of a megabyte, so that a checkpoint of any size is encoded while the read models
 * stand still without one array as large as the whole (nor its copies as it grows), and written out after.
 */
final class MemoryBytes extends OutputStream {

    private static final int CHUNK = 1 << 20;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int filled = CHUNK;

    @Override
    public void write(int value) {
        if (filled == CHUNK) {
            next();
        }
        current[filled++] = (byte) value;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (filled == CHUNK) {
                next();
            }
            int part = Math.min(length, CHUNK - filled);
            System.arraycopy(bytes, offset, current, filled, part);
            filled += part;
            offset += part;
            length -= part;
        }
    }

    private void next() {
        current = new byte[CHUNK];
        chunks.add(current);
        filled = 0;
    }

    /** How many bytes are held. */
    long size() {
        return (long) (chunks.size() - 1) * CHUNK + filled;
    }

    /** Hands every byte held to {@code out}, in order. */
    void writeTo(OutputStream out) throws IOException {
        for (byte[] chunk : chunks) {
            out.write(chunk, 0, chunk == current ? filled : CHUNK);
        }
    }
}
