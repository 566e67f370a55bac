package se.reorgledger.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The heap still in use after full collections: what must stay in memory, not what the JVM happens to hold. */
public final class LiveHeap {

    private LiveHeap() {
    }

    /** Megabytes of live heap, after collecting until the figure stops falling. */
    public static long megabytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used / (1024 * 1024);
    }
}
