package se.reorgledger.benchmarks.structure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.benchmarks.RandomQuestions;
import se.reorgledger.benchmarks.RandomQuestions.Point;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.structure.StructureView;
import se.reorgledger.testkit.synthetic.SyntheticLedger;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * The as-of structure's CPU cost in one JVM, no database and no HTTP: the ledger from the generator, then the
 * structure benchmark's random points (past ones, as the service accepts them) asked in warm rounds, the query
 * alone and the query with its JSON, each timed as the thread's CPU time and the bytes it allocated. A digest of
 * every answer's JSON tells a change that must not alter answers from one that does.
 *
 * <p>{@code java -jar ledger-benchmarks.jar structure-cpu [M] [--rounds=5] [--points=500] [--seed=1]
 * [--question-seed=7]}
 */
public final class StructureCpu {

    private final LedgerProjection projection;
    private final String organisation;
    private final List<Point> points;
    private final ObjectMapper json = LedgerObjectMappers.json();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public StructureCpu(SyntheticSize size, long seed, long questionSeed, int count) {
        projection = new LedgerProjection();
        SyntheticLedger.generate(size, seed).forEach(projection::apply);
        OrganisationIndex index = projection.indexes().iterator().next();
        organisation = index.id();
        points = new RandomQuestions(index, questionSeed).pastPoints(count);
    }

    public static void main(String[] args) throws Exception {
        SyntheticSize size = SyntheticSize.M;
        int rounds = 5;
        int count = 500;
        long seed = 1;
        long questionSeed = 7;
        for (String arg : args) {
            if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(arg.substring(9));
            } else if (arg.startsWith("--points=")) {
                count = Integer.parseInt(arg.substring(9));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring(7));
            } else if (arg.startsWith("--question-seed=")) {
                questionSeed = Long.parseLong(arg.substring(16));
            } else {
                size = SyntheticSize.valueOf(arg);
            }
        }
        StructureCpu benchmark = new StructureCpu(size, seed, questionSeed, count);
        System.out.println(size + ", " + benchmark.describe());
        for (int round = 0; round <= rounds; round++) {
            double[] figures = benchmark.round();
            System.out.printf(Locale.ROOT, "%s: query p50 %.2f ms, %.2f MB; query + JSON p50 %.2f ms, %.2f MB"
                            + " (CPU time, bytes allocated per answer); load %.2f%n",
                    round == 0 ? "warm-up" : "round " + round, figures[0], figures[1], figures[2], figures[3],
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The points, the answers' mean size and the SHA-256 of all their JSON, in order. */
    public String describe() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long bytes = 0;
        long units = 0;
        for (Point point : points) {
            StructureView view = projection.structure(organisation, point.asOf(), point.knownAt());
            byte[] answer = json.writeValueAsBytes(view);
            digest.update(answer);
            bytes += answer.length;
            units += view.provenance().units().size();
        }
        return String.format(Locale.ROOT, "%d points, mean %.0f units, %.0f bytes; answers' SHA-256 %s",
                points.size(), units / (double) points.size(), bytes / (double) points.size(),
                HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Every point once: p50 of the query's CPU time (ms), its allocation per answer (MB), then the same for the
     * query with its JSON.
     */
    public double[] round() throws Exception {
        long thread = Thread.currentThread().getId();
        long[] queryCpu = new long[points.size()];
        long[] answerCpu = new long[points.size()];
        long queryAllocated = 0;
        long answerAllocated = 0;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(Math.floorMod(i * 7919, points.size()));
            long allocated = threads.getThreadAllocatedBytes(thread);
            long started = threads.getCurrentThreadCpuTime();
            StructureView view = projection.structure(organisation, point.asOf(), point.knownAt());
            long queried = threads.getCurrentThreadCpuTime();
            long queryAllocatedNow = threads.getThreadAllocatedBytes(thread);
            json.writeValueAsBytes(view);
            long answered = threads.getCurrentThreadCpuTime();
            queryCpu[i] = queried - started;
            answerCpu[i] = answered - started;
            queryAllocated += queryAllocatedNow - allocated;
            answerAllocated += threads.getThreadAllocatedBytes(thread) - allocated;
        }
        return new double[] {p50(queryCpu), queryAllocated / 1e6 / points.size(), p50(answerCpu),
                answerAllocated / 1e6 / points.size()};
    }

    private static double p50(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
