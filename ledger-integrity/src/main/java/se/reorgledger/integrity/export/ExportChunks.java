package se.reorgledger.integrity.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An export read in chunks of whole lines, so that chunks can be parsed apart from each other: each ends at a
 * newline (the last at the end of the file), and a line longer than a chunk makes that chunk larger.
 */
public final class ExportChunks implements AutoCloseable {

    /** Whole lines in {@code bytes[0, length)}. */
    public record Chunk(byte[] bytes, int length) {
    }

    private final InputStream in;
    private final int size;
    private final BlockingQueue<byte[]> spare = new LinkedBlockingQueue<>();
    private byte[] carry = new byte[0];
    private boolean ended;

    public ExportChunks(InputStream in, int size) {
        this.in = in;
        this.size = size;
    }

    /** Gives a chunk's array back once its lines are parsed, so the next chunk need not allocate one. */
    public void release(Chunk chunk) {
        if (chunk.bytes().length == size) {
            spare.offer(chunk.bytes());
        }
    }

    /** The next chunk, or null at the end. */
    public Chunk next() throws IOException {
        if (ended && carry.length == 0) {
            return null;
        }
        byte[] reused = carry.length <= size ? spare.poll() : null;
        byte[] bytes = reused != null ? reused : new byte[Math.max(size, carry.length * 2)];
        System.arraycopy(carry, 0, bytes, 0, carry.length);
        int filled = carry.length;
        while (true) {
            while (!ended && filled < bytes.length) {
                int read = in.read(bytes, filled, bytes.length - filled);
                if (read < 0) {
                    ended = true;
                } else {
                    filled += read;
                }
            }
            int cut = lastNewline(bytes, filled);
            if (ended) {
                carry = new byte[0];
                return filled == 0 ? null : new Chunk(bytes, filled);
            }
            if (cut >= 0) {
                carry = Arrays.copyOfRange(bytes, cut + 1, filled);
                return new Chunk(bytes, cut + 1);
            }
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static int lastNewline(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
