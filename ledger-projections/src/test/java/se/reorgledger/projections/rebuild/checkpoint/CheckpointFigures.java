package se.reorgledger.projections.rebuild.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.LedgerAnchor;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.Loaded;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.Written;
import se.reorgledger.testkit.synthetic.SyntheticLedger;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * Prints rough checkpoint figures for a synthetic ledger, in one JVM: the checksum's time, a checkpoint's write
 * (and how long the read models stood still for it), how long until a start from it is usable (its header and
 * section table checked) and until every organisation has been loaded in the background. Not a benchmark: a quick look on the machine at
 * hand, with the load average printed beside it. Run with the test classpath:
 * {@code java ... CheckpointFigures M 3}, or {@code many:200:5000 1} for 200 kommuner of 5,000
 * events each.
 */
public final class CheckpointFigures {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private CheckpointFigures() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "M";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        LedgerProjection projection = new LedgerProjection();
        long events;
        if (what.startsWith("many")) {
            // many:<organisations>:<events each>: a ledger of many kommuner, smaller than L.
            String[] parts = what.split(":");
            events = many(projection, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } else {
            events = SyntheticLedger.generate(SyntheticSize.valueOf(what), 1).peek(projection::apply).count();
        }
        System.out.printf("%s: %d events, %d organisations, %d cores%n", what, events,
                projection.organisationIds().size(), Runtime.getRuntime().availableProcessors());
        Path folder = Files.createTempDirectory("checkpoint-figures");
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            projection.checksum();
            long checksum = millisSince(started);
            long checksumCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            started = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            projection.stateDigest();
            long stateDigest = millisSince(started);
            long stateDigestCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            Written written = CheckpointFile.write(folder, projection, CheckpointFigures::anchor);
            System.gc();
            long processCpu = processCpuMillis();
            started = System.nanoTime();
            Loaded loaded = CheckpointFile.load(folder, header -> Optional.empty());
            if (loaded.projection().isEmpty()) {
                throw new IllegalStateException("not loaded: " + loaded.rejectedBecause());
            }
            long usable = millisSince(started);
            long usableCpu = processCpuMillis() - processCpu;
            BackgroundLoading.Done done = BackgroundLoading.start(loaded.projection().get(),
                    Runtime.getRuntime().availableProcessors(), () -> true).done().join();
            long allLoaded = millisSince(started);
            long allLoadedCpu = processCpuMillis() - processCpu;
            System.out.printf("round %d: checksum %d ms (CPU %d ms), state digest %d ms (CPU %d ms)%n", round,
                    checksum, checksumCpu, stateDigest, stateDigestCpu);
            System.out.printf("round %d: write %d ms (%d bytes, read models still %s); usable (header and table "
                            + "checked) %d ms (process CPU %d ms); all %d organisations loaded %d ms (process CPU "
                            + "%d ms); load average %s%n", round, written.took().toMillis(), written.bytes(),
                    stillOf(written), usable, usableCpu, done.loaded(), allLoaded, allLoadedCpu, loadAverage());
        }
    }

    private static long many(LedgerProjection projection, int organisations, int eventsEach) {
        long[] position = {0};
        for (int kommun = 0; kommun < organisations; kommun++) {
            SyntheticLedger.organisation("kommun-" + kommun, eventsEach, Math.max(10, eventsEach / 50), kommun)
                    .forEach(event -> projection.apply(new RecordedEvent(++position[0], event.eventId() + "-"
                            + position[0], event.recordedAt(), event.principal(), event.payload())));
        }
        return position[0];
    }

    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static String stillOf(Written written) {
        return written.still().toMillis() + " ms";
    }

    private static LedgerAnchor anchor(long position) {
        return new LedgerAnchor(position, "event-" + position, null);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
