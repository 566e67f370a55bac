package se.reorgledger.benchmarks.structure;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import se.reorgledger.benchmarks.RandomQuestions;
import se.reorgledger.benchmarks.RandomQuestions.Point;
import se.reorgledger.benchmarks.report.Figures;
import se.reorgledger.benchmarks.report.Latencies;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * The organisation as of a date as known at a moment, three ways, at the same seeded random points: the
 * projection, a replay of the organisation's events from the event table, and a PostgreSQL temporal table. The
 * three must give the same tree before any is timed.
 */
public final class StructureBenchmark {

    /** How many questions each way is asked, and how many before the timing starts. */
    public record Samples(int projection, int temporalTable, int replay) {
        static final int PROJECTION_WARM_UP = 500;
        static final int TEMPORAL_TABLE_WARM_UP = 100;
        static final int REPLAY_WARM_UP = 3;
        static final int CHECKED = 10;
        static final int BLOCKS = 5;
    }

    private final LedgerProjection projection;
    private final OrganisationIndex index;
    private final DataSource dataSource;
    private final Serializer serializer;
    private final PrintStream out;

    public StructureBenchmark(LedgerProjection projection, OrganisationIndex index, DataSource dataSource,
                              Serializer serializer, PrintStream out) {
        this.projection = projection;
        this.index = index;
        this.dataSource = dataSource;
        this.serializer = serializer;
        this.out = out;
    }

    public void run(long seed, Samples samples, Figures figures) throws Exception {
        String organisation = index.id();
        int asked = Math.max(samples.projection() + Samples.PROJECTION_WARM_UP, Math.max(
                samples.temporalTable() + Samples.TEMPORAL_TABLE_WARM_UP, samples.replay() + Samples.REPLAY_WARM_UP));
        List<Point> points = new RandomQuestions(index, seed).points(asked);

        long started = System.nanoTime();
        Map<String, Long> rows = new TemporalTables(dataSource).fill(index);
        out.printf("temporal tables filled from the projection's versions in %.1f s: %s%n",
                (System.nanoTime() - started) / 1e9, rows);
        TemporalTableStructure temporal = new TemporalTableStructure(dataSource);
        ReplayedStructure replay = new ReplayedStructure(dataSource, serializer);

        checkAllAgree(organisation, points, temporal, replay);
        Point explained = points.get(0);
        out.println("plan of the temporal table's query at " + explained + ":");
        out.print(temporal.explain(organisation, explained.asOf(), explained.knownAt()));

        int[] units = new int[points.size()];
        Latencies.Query fromProjection = i -> units[i] = projection.structure(organisation, points.get(i).asOf(),
                points.get(i).knownAt()).root().size();
        Latencies.Query fromTemporalTable = i -> temporal.structure(organisation, points.get(i).asOf(),
                points.get(i).knownAt());
        Latencies.Query fromReplay = i -> replay.structure(organisation, points.get(i).asOf(),
                points.get(i).knownAt());
        Latencies.warmUp(samples.projection(), samples.projection() + Samples.PROJECTION_WARM_UP, fromProjection);
        Latencies.warmUp(samples.temporalTable(), samples.temporalTable() + Samples.TEMPORAL_TABLE_WARM_UP,
                fromTemporalTable);
        Latencies.warmUp(samples.replay(), samples.replay() + Samples.REPLAY_WARM_UP, fromReplay);

        Latencies projectionTimes = new Latencies(samples.projection());
        Latencies temporalTableTimes = new Latencies(samples.temporalTable());
        Latencies replayTimes = new Latencies(samples.replay());
        for (int block = 0; block < Samples.BLOCKS; block++) {
            projectionTimes.time(share(block, samples.projection()), share(block + 1, samples.projection()),
                    fromProjection);
            temporalTableTimes.time(share(block, samples.temporalTable()), share(block + 1,
                    samples.temporalTable()), fromTemporalTable);
            replayTimes.time(share(block, samples.replay()), share(block + 1, samples.replay()), fromReplay);
        }
        out.println("projection:     " + projectionTimes);
        out.println("temporal table: " + temporalTableTimes);
        out.println("replay:         " + replayTimes);
        report(figures, projectionTimes, temporalTableTimes, replayTimes, units, samples.projection());
    }

    /** The first sample of a block: the three ways take turns, so a busy spell on the machine hits each alike. */
    private static int share(int block, int samples) {
        return samples * block / Samples.BLOCKS;
    }

    /** A comparison of different answers would measure nothing: the three trees must be equal. */
    private void checkAllAgree(String organisation, List<Point> points, TemporalTableStructure temporal,
                               ReplayedStructure replay) throws Exception {
        for (Point point : points.subList(0, Samples.CHECKED)) {
            UnitNode expected = projection.structure(organisation, point.asOf(), point.knownAt()).root();
            UnitNode fromTable = temporal.structure(organisation, point.asOf(), point.knownAt());
            UnitNode replayed = replay.structure(organisation, point.asOf(), point.knownAt());
            if (!expected.equals(fromTable) || !expected.equals(replayed)) {
                throw new IllegalStateException("the ways disagree at " + point + ": projection " + expected.size()
                        + " units, temporal table " + fromTable.size() + ", replay " + replayed.size());
            }
        }
        out.println("projection, temporal table and replay give equal trees at the first " + Samples.CHECKED
                + " points");
    }

    private static void report(Figures figures, Latencies projection, Latencies temporalTable, Latencies replay,
                               int[] units, int measured) {
        long total = 0;
        for (int i = 0; i < measured; i++) {
            total += units[i];
        }
        figures.add("structure: units in the tree (mean)", String.valueOf(total / measured));
        figures.add("structure, projection p50 / p99", latency(projection) + ", cpu " + cpu(projection));
        figures.add("structure, temporal table p50 / p99", latency(temporalTable));
        figures.add("structure, replay p50 / p99", latency(replay));
        double overTable50 = temporalTable.p50() / projection.p50();
        double overTable99 = temporalTable.p99() / projection.p99();
        double overReplay50 = replay.p50() / projection.p50();
        double overReplay99 = replay.p99() / projection.p99();
        figures.add("structure: temporal table / projection, p50", Figures.ratio(overTable50), "≥ 10×",
                Figures.verdict(overTable50 >= 10));
        figures.add("structure: temporal table / projection, p99", Figures.ratio(overTable99), "≥ 10×",
                Figures.verdict(overTable99 >= 10));
        figures.add("structure: replay / projection, p50", Figures.ratio(overReplay50), "≥ 100×",
                Figures.verdict(overReplay50 >= 100));
        figures.add("structure: replay / projection, p99", Figures.ratio(overReplay99), "≥ 100×",
                Figures.verdict(overReplay99 >= 100));
    }

    static String cpu(Latencies latencies) {
        return Figures.millis(latencies.cpuP50()) + " / " + Figures.millis(latencies.cpuP99()) + " ms";
    }

    static String latency(Latencies latencies) {
        return Figures.millis(latencies.p50()) + " / " + Figures.millis(latencies.p99()) + " ms ("
                + latencies.samples() + ")";
    }
}
