package se.reorgledger.benchmarks.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: a number of threads, each sending one request after another and waiting for its answer, for a
 * window of time. Each thread is a client of its own (its own connection, or its own writer), so a slow answer holds
 * back only its own next request, as with real clients; latency is what that client waited.
 */
public final class ClosedLoop {

    /** One client's call; {@code slot} says which client, {@code call} counts its calls. True if answered as meant. */
    @FunctionalInterface
    public interface Client {
        boolean call(int slot, int call) throws Exception;
    }

    /** What one window measured: calls, the window's length, calls not answered as meant, and each call's time. */
    public record Result(long calls, long nanos, long errors, long[] latencies, String firstError) {

        public double perSecond() {
            return calls / (nanos / 1e9);
        }

        /** Milliseconds at the nearest rank: with few calls p99 is the largest or close to it. */
        public double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? Double.NaN
                    : sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))] / 1e6;
        }

        /** Several windows as one: their calls and times added, their latencies pooled. */
        public static Result pooled(List<Result> results) {
            long calls = 0;
            long nanos = 0;
            long errors = 0;
            String firstError = null;
            for (Result result : results) {
                calls += result.calls();
                nanos += result.nanos();
                errors += result.errors();
                firstError = firstError != null ? firstError : result.firstError();
            }
            return new Result(calls, nanos, errors,
                    results.stream().map(Result::latencies).flatMapToLong(Arrays::stream).toArray(), firstError);
        }
    }

    private ClosedLoop() {
    }

    /** {@code clients} threads calling for {@code window}, or each {@code callsEach} times if that is positive. */
    public static Result run(int clients, Duration window, int callsEach, Client client) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long started = System.nanoTime();
        long end = started + window.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int slot = c;
            latencies[slot] = new long[4096];
            Thread thread = new Thread(() -> {
                while (callsEach > 0 ? counts[slot] < callsEach : System.nanoTime() < end) {
                    long before = System.nanoTime();
                    try {
                        if (!client.call(slot, counts[slot])) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                    if (counts[slot] == latencies[slot].length) {
                        latencies[slot] = Arrays.copyOf(latencies[slot], counts[slot] * 2);
                    }
                    latencies[slot][counts[slot]++] = System.nanoTime() - before;
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long nanos = System.nanoTime() - started;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(all.length, nanos, errors.get(), all, firstError.get());
    }
}
