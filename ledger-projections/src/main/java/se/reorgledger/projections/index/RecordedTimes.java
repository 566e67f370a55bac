package se.reorgledger.projections.index;

import java.time.Instant;
import java.util.Arrays;

/**
 * The distinct recorded times of one organisation's events, in order. Every event of a package shares its
 * recorded time, so "as known at T" is a prefix of the ledger: the index of the last time at or before T (an
 * epoch) names that prefix, and versions store epochs as plain ints instead of instants. The times themselves
 * are kept as seconds and nanoseconds in two arrays, not as an object each: a national ledger has millions.
 */
public final class RecordedTimes {

    /** No time has been recorded at or before the instant asked about. */
    public static final int NOTHING_KNOWN = -1;

    private long[] seconds = new long[8];
    private int[] nanos = new int[8];
    private int size;

    /**
     * The epoch of an event recorded at {@code recordedAt}. The ledger assigns recorded times monotonically; an
     * earlier one can only come from a broken feed and is taken as recorded with the latest, so that the index
     * never rewrites what it has already said was known.
     */
    int epochOf(Instant recordedAt) {
        if (size > 0 && compare(recordedAt, size - 1) <= 0) {
            return size - 1;
        }
        if (size == seconds.length) {
            seconds = Arrays.copyOf(seconds, size * 2);
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        seconds[size] = recordedAt.getEpochSecond();
        nanos[size] = recordedAt.getNano();
        return size++;
    }

    void writeTo(CheckpointOutput out) throws java.io.IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeLong(seconds[i]);
            out.writeInt(nanos[i]);
        }
    }

    void readFrom(CheckpointInput in) throws java.io.IOException {
        size = in.readCount();
        seconds = new long[Math.max(8, size)];
        nanos = new int[Math.max(8, size)];
        for (int i = 0; i < size; i++) {
            seconds[i] = in.readLong();
            nanos[i] = in.readInt();
        }
    }

    /** The epoch that is known at {@code knownAt}, or {@link #NOTHING_KNOWN}. */
    public int knownAt(Instant knownAt) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (compare(knownAt, mid) < 0) {
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return high;
    }

    public Instant at(int epoch) {
        if (epoch < 0 || epoch >= size) {
            throw new IndexOutOfBoundsException("no epoch " + epoch + " among " + size);
        }
        return Instant.ofEpochSecond(seconds[epoch], nanos[epoch]);
    }

    public int latest() {
        return size - 1;
    }

    /** How {@code time} compares with the time of {@code epoch}, as {@link Instant#compareTo} does. */
    private int compare(Instant time, int epoch) {
        int bySecond = Long.compare(time.getEpochSecond(), seconds[epoch]);
        return bySecond != 0 ? bySecond : Integer.compare(time.getNano(), nanos[epoch]);
    }
}
