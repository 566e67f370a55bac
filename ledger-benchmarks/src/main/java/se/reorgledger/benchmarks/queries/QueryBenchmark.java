package se.reorgledger.benchmarks.queries;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.reorgledger.benchmarks.RandomQuestions;
import se.reorgledger.benchmarks.RandomQuestions.UnitQuestion;
import se.reorgledger.benchmarks.report.Figures;
import se.reorgledger.benchmarks.report.Latencies;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationIndex;

/**
 * The other questions the API answers from the projection, at seeded random units, dates and moments: a unit's
 * history and its decision trail as known when the ledger already held the unit, and the difference between two
 * random dates (any span, from a day to the whole ledger) as known at a random moment, and again between a random
 * date and the same date a year later.
 */
public final class QueryBenchmark {

    private static final int WARM_UP = 500;
    private static final double GOAL_P99_MS = 20;

    private final LedgerProjection projection;
    private final OrganisationIndex index;
    private final PrintStream out;

    public QueryBenchmark(LedgerProjection projection, OrganisationIndex index, PrintStream out) {
        this.projection = projection;
        this.index = index;
        this.out = out;
    }

    public void run(long seed, int samples, Figures figures) throws Exception {
        String organisation = index.id();
        RandomQuestions questions = new RandomQuestions(index, seed);
        List<UnitQuestion> units = new ArrayList<>();
        List<LocalDate[]> spans = new ArrayList<>();
        List<Instant> diffKnownAts = new ArrayList<>();
        for (int i = 0; i < samples + WARM_UP; i++) {
            units.add(questions.unitQuestion());
            LocalDate one = questions.date();
            LocalDate other = questions.date();
            spans.add(one.isAfter(other) ? new LocalDate[] {other, one} : new LocalDate[] {one, other});
            diffKnownAts.add(questions.knownAt());
        }
        int[] notFound = {0};
        Latencies history = Latencies.measure(WARM_UP, samples, i -> answered(notFound,
                () -> projection.history(organisation, units.get(i).unitId(), units.get(i).knownAt())));
        report(figures, "history", history);
        Latencies trail = Latencies.measure(WARM_UP, samples, i -> answered(notFound,
                () -> projection.decisionTrail(organisation, units.get(i).unitId(), units.get(i).knownAt())));
        report(figures, "decision trail", trail);
        Latencies diff = Latencies.measure(WARM_UP, samples, i ->
                projection.diff(organisation, spans.get(i)[0], spans.get(i)[1], diffKnownAts.get(i)));
        report(figures, "diff", diff);
        // A diff's cost grows with the changes between its dates; a year apart is the common question.
        Latencies diffOverAYear = Latencies.measure(WARM_UP, samples, i ->
                projection.diff(organisation, spans.get(i)[0], spans.get(i)[0].plusYears(1), diffKnownAts.get(i)));
        report(figures, "diff, dates a year apart", diffOverAYear);
        if (notFound[0] > 0) {
            out.println(notFound[0] + " history or trail questions were answered 404 (a unit whose establishment "
                    + "was annulled): timed all the same, as the API would answer them");
        }
    }

    private void report(Figures figures, String query, Latencies latencies) {
        out.printf("%-15s %s%n", query + ":", latencies);
        figures.add(query + " p50", Figures.millis(latencies.p50()) + " ms, cpu " + Figures.millis(latencies.cpuP50())
                + " ms");
        figures.add(query + " p99", Figures.millis(latencies.p99()) + " ms, cpu " + Figures.millis(latencies.cpuP99())
                + " ms (" + latencies.samples() + ")", "≤ 20 ms", Figures.verdict(latencies.p99() <= GOAL_P99_MS));
    }

    private static void answered(int[] notFound, Runnable query) {
        try {
            query.run();
        } catch (UnknownEntityException unknown) {
            notFound[0]++;
        }
    }
}
