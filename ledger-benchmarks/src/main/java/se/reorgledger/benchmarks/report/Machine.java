package se.reorgledger.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** What the figures were measured on: figures from another machine are other figures. */
public final class Machine {

    private Machine() {
    }

    public static void describe(PrintStream out, String postgresVersion) {
        Runtime runtime = Runtime.getRuntime();
        out.println("processors:  " + runtime.availableProcessors());
        out.println("memory:      " + procLine("/proc/meminfo", "MemTotal"));
        out.println("cpu:         " + procLine("/proc/cpuinfo", "model name"));
        out.println("jvm:         " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version")
                + ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MB, gc "
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")));
        out.println("postgresql:  " + postgresVersion);
        out.println("load:        " + loadAverage());
    }

    /** The load average: the machine is shared, and a reader should know how busy it was. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
