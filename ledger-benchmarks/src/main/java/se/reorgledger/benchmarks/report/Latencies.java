package se.reorgledger.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Latencies of one kind of query: wall-clock time, and the querying thread's CPU time beside it. The machine is
 * shared; wall time is what a caller waits, CPU time is what the query itself costs, and where the two part the
 * difference is the machine's other work (or, for a database query, the database's).
 */
public final class Latencies {

    /** One query of a series; {@code sample} numbers it, so that each sample can ask a different question. */
    @FunctionalInterface
    public interface Query {
        void run(int sample) throws Exception;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long[] wall;
    private final long[] cpu;
    private int size;

    public Latencies(int samples) {
        this.wall = new long[samples];
        this.cpu = new long[samples];
    }

    /** Runs samples {@code from .. to - 1} untimed, so that the timed ones find the code compiled and warm. */
    public static void warmUp(int from, int to, Query query) throws Exception {
        for (int i = from; i < to; i++) {
            query.run(i);
        }
    }

    /** Runs samples {@code from .. to - 1}, timing each. */
    public Latencies time(int from, int to, Query query) throws Exception {
        for (int i = from; i < to; i++) {
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            query.run(i);
            wall[size] = System.nanoTime() - started;
            cpu[size] = THREADS.getCurrentThreadCpuTime() - cpuStarted;
            size++;
        }
        return this;
    }

    /** Times all samples in one series, after the warm-up. */
    public static Latencies measure(int warmUp, int samples, Query query) throws Exception {
        warmUp(samples, samples + warmUp, query);
        return new Latencies(samples).time(0, samples, query);
    }

    public int samples() {
        return size;
    }

    public double p50() {
        return percentile(wall, 50);
    }

    public double p95() {
        return percentile(wall, 95);
    }

    public double cpuP95() {
        return percentile(cpu, 95);
    }

    public double p99() {
        return percentile(wall, 99);
    }

    public double cpuP50() {
        return percentile(cpu, 50);
    }

    public double cpuP99() {
        return percentile(cpu, 99);
    }

    public double max() {
        return percentile(wall, 100);
    }

    /** The percentile in milliseconds, nearest rank: with few samples p99 is the largest or close to it. */
    private double percentile(long[] nanos, int percent) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("wall p50 %s p99 %s max %s ms | cpu p50 %s p99 %s ms (%d samples)",
                Figures.millis(p50()), Figures.millis(p99()), Figures.millis(max()), Figures.millis(cpuP50()),
                Figures.millis(cpuP99()), samples());
    }
}
