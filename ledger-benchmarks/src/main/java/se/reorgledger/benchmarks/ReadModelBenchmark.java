package se.reorgledger.benchmarks;

import java.io.PrintStream;
import se.reorgledger.benchmarks.queries.QueryBenchmark;
import se.reorgledger.benchmarks.rebuild.GeneratorRebuild;
import se.reorgledger.benchmarks.rebuild.RebuildBenchmark;
import se.reorgledger.benchmarks.report.Figures;
import se.reorgledger.benchmarks.report.LiveHeap;
import se.reorgledger.benchmarks.report.Machine;
import se.reorgledger.benchmarks.store.BenchmarkDatabase;
import se.reorgledger.benchmarks.store.ServiceEventStore;
import se.reorgledger.benchmarks.store.SyntheticLedgerLoad;
import se.reorgledger.benchmarks.structure.StructureBenchmark;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * The read-model benchmark of docs/benchmarks.md. For S or M: the as-of structure against a replay and a temporal
 * table, diff, history and decision trail, a full rebuild against a raw scan, and the heap. For L: the rebuild and
 * the heap. Every figure and every ratio comes from this one run.
 */
public final class ReadModelBenchmark {

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final Figures figures = new Figures();

    private ReadModelBenchmark(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("http")) {
            se.reorgledger.benchmarks.http.HttpReadBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("writers")) {
            se.reorgledger.benchmarks.writers.WriterBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("pages")) {
            System.setProperty("axoniq.update-checker.disabled", "true");
            se.reorgledger.benchmarks.pages.PageBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("h2-kills")) {
            se.reorgledger.benchmarks.store.H2KillLoop.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (args.length > 0 && args[0].equals("starts")) {
            se.reorgledger.benchmarks.starts.StartBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("http-structure")) {
            se.reorgledger.benchmarks.http.StructureOverHttpBenchmark.main(
                    java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("structure-cpu")) {
            se.reorgledger.benchmarks.structure.StructureCpu.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("appends")) {
            se.reorgledger.benchmarks.store.AppendDurabilityBenchmark.main(
                    java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        new ReadModelBenchmark(BenchmarkOptions.parse(args), System.out).run();
    }

    private void run() throws Exception {
        out.println("read-model benchmark: " + options);
        try (BenchmarkDatabase database = new BenchmarkDatabase(options.server(), options.database(),
                options.user(), options.password())) {
            Machine.describe(out, database.exists() ? database.serverVersion() : "(database not yet created)");
            long baselineHeap = LiveHeap.megabytes();
            if (options.fromGenerator()) {
                LedgerProjection projection = new GeneratorRebuild(out).run(options.size(), options.seed(), figures);
                heap(projection, baselineHeap, "generator");
            } else {
                LedgerProjection projection = fromPostgres(database);
                heap(projection, baselineHeap, "PostgreSQL");
                if (options.size() != SyntheticSize.L) {
                    queries(projection, database);
                }
            }
        }
        out.println();
        out.println("load at the end: " + Machine.loadAverage());
        figures.print(out);
    }

    private LedgerProjection fromPostgres(BenchmarkDatabase database) throws Exception {
        long started = System.nanoTime();
        long events = new SyntheticLedgerLoad(database, options.size(), options.seed()).ensureLoaded(
                loaded -> out.printf("  loaded %,d events%n", loaded));
        out.printf("event table of %s holds %,d events (ready in %.0f s; PostgreSQL %s)%n", options.size(), events,
                (System.nanoTime() - started) / 1e9, database.serverVersion());
        ServiceEventStore store = new ServiceEventStore(database.dataSource());
        RebuildBenchmark rebuild = new RebuildBenchmark(database.dataSource(), store, out);
        boolean small = options.size() != SyntheticSize.L;
        String label = "rebuild " + options.size();
        LedgerProjection projection = rebuild.run(options.rebuildRounds(), !small, figures, label);
        if (small) {
            rebuild.diagnose(figures, label);
        }
        return projection;
    }

    private void heap(LedgerProjection projection, long baselineHeap, String source) {
        long live = LiveHeap.megabytes();
        out.printf("live heap with the %s projection built from %s: %d MB (%d MB before it was built)%n",
                options.size(), source, live, baselineHeap);
        figures.add("heap: live after full GC, " + options.size() + " projection held",
                live + " MB (projection ≈ " + (live - baselineHeap) + " MB)");
        if (projection.position() < 0) {
            throw new IllegalStateException("nothing was applied");
        }
    }

    private void queries(LedgerProjection projection, BenchmarkDatabase database) throws Exception {
        if (projection.indexes().size() != 1) {
            throw new IllegalStateException("S and M hold one organisation, not " + projection.indexes().size());
        }
        OrganisationIndex index = projection.indexes().iterator().next();
        ServiceEventStore store = new ServiceEventStore(database.dataSource());
        new StructureBenchmark(projection, index, database.dataSource(), store.serializer(), out).run(
                options.questionSeed(), new StructureBenchmark.Samples(options.samples(),
                        options.temporalTableSamples(), options.replaySamples()), figures);
        new QueryBenchmark(projection, index, out).run(options.questionSeed(), options.samples(), figures);
    }
}
