package se.reorgledger.api.readmodel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The JSON bytes of a final answer, written once into a buffer lent from a small pool and written from there to
 * the response ({@link SettledJsonConverter}), which gives the buffer back. An as-of structure is hundreds of KB:
 * written into a growing array, copied into one of its exact size and that copied into the response, each answer
 * left about twice its size in garbage behind it; a lent buffer leaves none.
 */
public final class SettledJson {

    /** Buffers kept for reuse: about as many as reads are worked on at once; a further one is made and dropped. */
    private static final int KEPT = 16;
    /** A buffer grown past this (an unusually large answer) is not kept, so the pool stays small. */
    private static final int LARGEST_KEPT = 4 * 1024 * 1024;
    private static final BlockingQueue<Buffer> POOL = new ArrayBlockingQueue<>(KEPT);

    private Buffer buffer;

    private SettledJson(Buffer buffer) {
        this.buffer = buffer;
    }

    /** A buffer of the pool, empty, for {@code write} to fill; given back if writing fails. */
    static SettledJson write(Writing write) throws IOException {
        Buffer buffer = POOL.poll();
        SettledJson json = new SettledJson(buffer != null ? buffer : new Buffer());
        try {
            write.to(json.buffer);
        } catch (IOException | RuntimeException e) {
            json.release();
            throw e;
        }
        return json;
    }

    /** Fills a buffer. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** The strong ETag of the bytes ({@link SettledResponses#etagOf}). */
    String etag() {
        return SettledResponses.etagOf(buffer.bytes(), buffer.size());
    }

    public int length() {
        return buffer.size();
    }

    /** Writes the bytes to {@code out} and gives the buffer back: an answer is written once. */
    public void writeTo(OutputStream out) throws IOException {
        try {
            out.write(buffer.bytes(), 0, buffer.size());
        } finally {
            release();
        }
    }

    /** Gives the buffer back unwritten (the answer was 304). */
    void release() {
        Buffer lent = buffer;
        buffer = null;
        if (lent != null && lent.capacity() <= LARGEST_KEPT) {
            lent.reset();
            POOL.offer(lent);
        }
    }

    /** A byte array output stream whose array is read in place. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer() {
            super(512 * 1024);
        }

        byte[] bytes() {
            return buf;
        }

        int capacity() {
            return buf.length;
        }
    }
}
