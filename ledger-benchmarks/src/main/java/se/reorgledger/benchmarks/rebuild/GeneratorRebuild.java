package se.reorgledger.benchmarks.rebuild;

import java.io.PrintStream;
import java.util.Locale;
import se.reorgledger.benchmarks.report.Figures;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.testkit.synthetic.SyntheticLedger;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * A rebuild with no database at all: the generator's events applied as they are produced. It bounds what the
 * projection itself costs; the generator's own time is measured in a pass of its own and reported beside it.
 */
public final class GeneratorRebuild {

    private final PrintStream out;

    public GeneratorRebuild(PrintStream out) {
        this.out = out;
    }

    public LedgerProjection run(SyntheticSize size, long seed, Figures figures) {
        long started = System.nanoTime();
        long generated = SyntheticLedger.generate(size, seed).count();
        double generating = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "generating alone: %,d events in %.1f s%n", generated, generating);

        long applyStarted = System.nanoTime();
        LedgerProjection projection = new LedgerProjection();
        long[] applied = {0};
        SyntheticLedger.generate(size, seed).forEach(event -> {
            projection.apply(event);
            if (++applied[0] % 1_000_000 == 0) {
                out.printf(Locale.ROOT, "  applied %,d events in %.0f s%n", applied[0],
                        (System.nanoTime() - applyStarted) / 1e9);
            }
        });
        double total = (System.nanoTime() - applyStarted) / 1e9;
        out.printf(Locale.ROOT, "generating and applying: %,d events in %.1f s%n", applied[0], total);
        figures.add("rebuild " + size + " from the generator (no database), generating included",
                String.format(Locale.ROOT, "%.1f s, %s", total, Figures.rate(applied[0] / total)));
        figures.add("rebuild " + size + " from the generator, generating's own time subtracted",
                String.format(Locale.ROOT, "%.1f s", total - generating));
        return projection;
    }
}
