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
 * (and how long the read models stood still for it) and load. Not a benchmark: a quick look on the machine at
 * hand, with the load average printed beside it. Run with the test classpath:
 * {@code java ... CheckpointFigures M 3}.
 */
public final class CheckpointFigures {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private CheckpointFigures() {
    }

    public static void main(String[] args) throws Exception {
        SyntheticSize size = SyntheticSize.valueOf(args.length > 0 ? args[0] : "M");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        LedgerProjection projection = new LedgerProjection();
        long events = SyntheticLedger.generate(size, 1).peek(projection::apply).count();
        System.out.printf("%s: %d events, %d organisations%n", size, events, projection.organisationIds().size());
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
            Loaded loaded = CheckpointFile.load(folder, header -> Optional.empty());
            if (loaded.projection().isEmpty()) {
                throw new IllegalStateException("not loaded: " + loaded.rejectedBecause());
            }
            System.out.printf("round %d: checksum %d ms (CPU %d ms), state digest %d ms (CPU %d ms)%n", round,
                    checksum, checksumCpu, stateDigest, stateDigestCpu);
            System.out.printf("round %d: write %d ms (%d bytes, read models still %s); "
                            + "load %d ms; load average %s%n", round, written.took().toMillis(),
                    written.bytes(), stillOf(written), loaded.took().toMillis(), loadAverage());
        }
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
