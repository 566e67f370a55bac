package se.reorgledger.projections.index;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.testkit.synthetic.SyntheticLedger;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * Prints the CPU of the checkpoint's two costly parts for a synthetic ledger, on one thread in one JVM: decoding
 * every organisation's section and the binary state digest of every organisation, per round, with the bytes
 * allocated, the collectors' pauses and the load average beside them, and fingerprints of the encoded bytes and
 * of the digests so that two builds can be compared for identical output. Not a benchmark: a quick look on the
 * machine at hand. Run with the test classpath: {@code java ... se.reorgledger.projections.index.CodecFigures M 8}.
 */
public final class CodecFigures {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CodecFigures() {
    }

    /** The time the collectors have paused the program for, so far. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    public static void main(String[] args) throws Exception {
        SyntheticSize size = SyntheticSize.valueOf(args.length > 0 ? args[0] : "M");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        LedgerProjection projection = new LedgerProjection();
        SyntheticLedger.generate(size, 1).forEach(projection::apply);
        List<byte[]> sections = new ArrayList<>();
        MessageDigest bytesSha = MessageDigest.getInstance("SHA-256");
        for (OrganisationIndex index : projection.indexes()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (CheckpointOutput out = new CheckpointOutput(bytes)) {
                index.writeTo(out);
            }
            sections.add(bytes.toByteArray());
            bytesSha.update(bytes.toByteArray());
        }
        long total = sections.stream().mapToLong(section -> section.length).sum();
        System.out.printf("%s: %d organisations, %d bytes of sections, bytes sha256 %s, state digest %s%n", size,
                sections.size(), total, HexFormat.of().formatHex(bytesSha.digest()), projection.stateDigest());
        long thread = Thread.currentThread().getId();
        for (int round = 0; round < rounds; round++) {
            long gc = gcMillis();
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long allocated = THREADS.getThreadAllocatedBytes(thread);
            List<OrganisationIndex> decoded = new ArrayList<>();
            for (byte[] section : sections) {
                decoded.add(new OrganisationIndex(new CheckpointInput(section)));
            }
            long decodeCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            long decodeAllocated = THREADS.getThreadAllocatedBytes(thread) - allocated;
            long decodeGc = gcMillis() - gc;
            long decodeWall = (System.nanoTime() - wall) / 1_000_000;
            gc = gcMillis();
            cpu = THREADS.getCurrentThreadCpuTime();
            allocated = THREADS.getThreadAllocatedBytes(thread);
            StringBuilder digests = new StringBuilder();
            for (OrganisationIndex index : decoded) {
                ContentDigest digest = ContentDigest.binary();
                digest.add(index);
                digests.append(digest.hex());
            }
            long digestCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            long digestAllocated = THREADS.getThreadAllocatedBytes(thread) - allocated;
            long digestGc = gcMillis() - gc;
            System.out.printf("round %d: decode CPU %d ms (%.1f ns/byte, %d MB allocated, wall %d ms of which GC "
                            + "pauses %d ms), digest CPU %d ms (%.1f ns/byte, %d MB allocated, GC pauses %d ms), "
                            + "digests %s, load average %s%n", round,
                    decodeCpu / 1_000_000, (double) decodeCpu / total, decodeAllocated >> 20, decodeWall, decodeGc,
                    digestCpu / 1_000_000, (double) digestCpu / total, digestAllocated >> 20, digestGc,
                    digests.length() > 16 ? digests.substring(0, 16) : digests,
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }
}
