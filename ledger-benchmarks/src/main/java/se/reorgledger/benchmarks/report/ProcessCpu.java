package se.reorgledger.benchmarks.report;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of processes, from Linux's {@code /proc}: what a piece of work cost the machine's cores, whatever else
 * ran beside it. On a shared machine wall time says how long a client waited; CPU time per answer says what an
 * answer costs, and that is what changes when the code does.
 */
public final class ProcessCpu {

    /** Linux counts process times in ticks of 1/100 s ({@code getconf CLK_TCK}) on every common architecture. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ProcessCpu() {
    }

    /** User and system CPU time of process {@code pid} so far, in nanoseconds; -1 if it cannot be read. */
    public static long of(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid), "stat"), 14);
    }

    /** CPU time of this JVM so far, in nanoseconds. */
    public static long ofThisProcess() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU time of this process's children that have ended and been waited for (such as a {@code wrk} run), so
     * far, in nanoseconds; -1 if it cannot be read.
     */
    public static long ofEndedChildren() {
        return ticks(Path.of("/proc/self/stat"), 16);
    }

    /** Field {@code field} of proc(5)'s stat and the next (14: utime and stime; 16: cutime and cstime). */
    private static long ticks(Path stat, int field) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // The fields after the command name (which may hold spaces) start at field 3, the state.
            int first = field - 3;
            return (Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
