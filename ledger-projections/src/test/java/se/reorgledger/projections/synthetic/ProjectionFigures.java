package se.reorgledger.projections.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.synthetic.SyntheticLedger;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * Prints rough figures for a synthetic ledger: generation and rebuild rates, query latencies, heap. Not a
 * benchmark (no JMH, one JVM, no warm-up discipline): a quick look on the machine at hand. Run with the test
 * classpath: {@code java ... ProjectionFigures M}.
 */
public final class ProjectionFigures {

    private ProjectionFigures() {
    }

    public static void main(String[] args) {
        SyntheticSize size = SyntheticSize.valueOf(args.length > 0 ? args[0] : "M");
        if (size == SyntheticSize.L) {
            streamed(size);
            return;
        }
        long started = System.nanoTime();
        List<RecordedEvent> events = SyntheticLedger.generate(size, 1).toList();
        report("generated", events.size(), started);
        Map<String, Long> types = events.stream().collect(Collectors.groupingBy(
                event -> event.payload().getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
        System.out.println("event types: " + types);

        LedgerProjection projection = null;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < 5; run++) {
            started = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            projection = new LedgerProjection();
            events.forEach(projection::apply);
            report("rebuild run " + run, events.size(), started);
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("  applying thread's CPU: %.2f s = %.0f events per CPU second%n", cpuSeconds,
                    events.size() / cpuSeconds);
        }
        System.out.printf("heap after rebuild (events list held too): %d MB%n", heapMb());
        started = System.nanoTime();
        String checksum = projection.checksum();
        System.out.printf("checksum %s in %d ms%n", checksum.substring(0, 12),
                (System.nanoTime() - started) / 1_000_000);
        queries(projection, events);
    }

    private static void queries(LedgerProjection projection, List<RecordedEvent> events) {
        String organisation = "kommun-1";
        Instant first = events.get(0).recordedAt();
        Instant last = events.get(events.size() - 1).recordedAt();
        List<String> unitIds = events.stream().filter(event -> event.payload() instanceof UnitEstablishedEvent)
                .map(event -> ((UnitEstablishedEvent) event.payload()).unitId()).toList();
        Random random = new Random(3);
        LedgerProjection p = projection;
        int[] size = {0};
        time("structure", 2000, () -> {
            Instant knownAt = between(random, first, last);
            LocalDate asOf = LocalDate.of(2015 + random.nextInt(13), 1 + random.nextInt(12), 1);
            size[0] = p.structure(organisation, asOf, knownAt).root().size();
        });
        System.out.println("  (last tree: " + size[0] + " units)");
        time("structure latest", 500, () -> size[0] = p.structure(organisation, LocalDate.of(2026, 12, 31), last)
                .root().size());
        System.out.println("  (tree: " + size[0] + " units)");
        time("history", 2000, () -> quietly(() -> p.history(organisation, pick(random, unitIds),
                between(random, first, last))));
        time("decision trail", 2000, () -> quietly(() -> p.decisionTrail(organisation, pick(random, unitIds),
                between(random, first, last))));
        time("diff (one year)", 1000, () -> {
            LocalDate from = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1);
            p.diff(organisation, from, from.plusYears(1), between(random, first, last));
        });
        time("units search", 500, () -> p.units(organisation, LocalDate.of(2020, 1, 1), last, "skola"));
        time("rules", 200, () -> p.rules(organisation, LocalDate.of(2020, 1, 1), last));
    }

    private static void streamed(SyntheticSize size) {
        long started = System.nanoTime();
        LedgerProjection projection = new LedgerProjection();
        long[] count = {0};
        SyntheticLedger.generate(size, 1).forEach(event -> {
            projection.apply(event);
            if (++count[0] % 1_000_000 == 0) {
                report("generated and applied", count[0], started);
            }
        });
        report("generated and applied", count[0], started);
        System.out.printf("organisations: %d, heap after GC: %d MB%n",
                projection.organisations(Instant.MAX).size(), heapMb());
    }

    /** Wall time and the querying thread's CPU time: on a shared machine the second says more. */
    private static void time(String what, int times, Runnable query) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Math.min(200, times); i++) {
            query.run();
        }
        long[] wall = new long[times];
        long[] cpu = new long[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            query.run();
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
            wall[i] = System.nanoTime() - started;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-18s wall p50 %6.2f p99 %6.2f max %6.2f ms | cpu p50 %6.2f p99 %6.2f ms%n", what,
                wall[times / 2] / 1e6, wall[times * 99 / 100] / 1e6, wall[times - 1] / 1e6, cpu[times / 2] / 1e6,
                cpu[times * 99 / 100] / 1e6);
    }

    private static void quietly(Runnable query) {
        try {
            query.run();
        } catch (UnknownEntityException notYetKnown) {
            // a unit asked about before it was recorded: a real 404, as cheap as the answer
        }
    }

    private static Instant between(Random random, Instant first, Instant last) {
        return first.plusSeconds((long) (random.nextDouble() * (last.getEpochSecond() - first.getEpochSecond())));
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static void report(String what, long events, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d events in %.1f s = %.0f events/s%n", what, events, seconds, events / seconds);
    }

    private static long heapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

}
