package se.reorgledger.benchmarks.pages;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.api.web.PageRendering;
import se.reorgledger.benchmarks.RandomQuestions;
import se.reorgledger.benchmarks.report.Figures;
import se.reorgledger.benchmarks.report.Latencies;
import se.reorgledger.benchmarks.report.Machine;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.calendar.ChangeDay;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.trail.DecisionTrailView;
import se.reorgledger.projections.trail.TrailDecision;
import se.reorgledger.testkit.synthetic.SyntheticLedger;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * The web pages of issue 16 on the synthetic M kommun, rendered on the server by the service's own controllers and
 * templates ({@link PageRendering}): the organisation page (tree, org chart, timeline) at seeded random dates, the
 * comparison page across the organisation's largest change days, and a unit's decision trail as PDF/A for the
 * unit whose trail is nearest 500 changes. Each against a baseline timed in the same run, in turns: the API's
 * JSON of the same read (the projection's answer written by the API's mapper). Printed, never asserted.
 *
 * <pre>java -Xms2g -Xmx2g -jar ledger-benchmarks.jar pages M [--seed=1] [--question-seed=7] [--samples=500]
 *     [--pdf-samples=30]</pre>
 */
public final class PageBenchmark {

    private static final int BLOCKS = 5;
    private static final double TREE_GOAL_P95_MS = 100;
    private static final double COMPARISON_GOAL_P95_MS = 150;
    private static final double PDF_GOAL_MS = 1000;
    private static final int PDF_CHANGES = 500;

    private final PrintStream out;
    private final Figures figures = new Figures();
    private final JsonMapper json = LedgerObjectMappers.json();

    private PageBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("seed", "1", "question-seed", "7", "samples", "500",
                "pdf-samples", "30"));
        SyntheticSize size = SyntheticSize.M;
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                size = SyntheticSize.valueOf(arg.toUpperCase(Locale.ROOT));
            }
        }
        new PageBenchmark(System.out).run(size, Long.parseLong(options.get("seed")),
                Long.parseLong(options.get("question-seed")), Integer.parseInt(options.get("samples")),
                Integer.parseInt(options.get("pdf-samples")));
    }

    private void run(SyntheticSize size, long seed, long questionSeed, int samples, int pdfSamples) throws Exception {
        out.printf("page benchmark: %s, seed %d, question seed %d, %d samples (PDF %d)%n", size, seed, questionSeed,
                samples, pdfSamples);
        Machine.describe(out, "(not used)");
        long started = System.nanoTime();
        LedgerProjection projection = new LedgerProjection();
        SyntheticLedger.generate(size, seed).forEach(projection::apply);
        out.printf(Locale.ROOT, "projection of %s built from the generator: %,d events in %.1f s%n", size,
                projection.position(), (System.nanoTime() - started) / 1e9);
        if (projection.indexes().size() != 1) {
            throw new IllegalStateException("the page benchmark asks about one kommun, not "
                    + projection.indexes().size());
        }
        OrganisationIndex index = projection.indexes().iterator().next();
        Instant now = index.times().at(index.times().latest());
        // The synthetic ledger has no hash chain: the PDF states this placeholder head, written like a real one.
        LedgerDigest head = new LedgerDigest(projection.position(), projection.position(), "0".repeat(64), now,
                projection.position(), "0".repeat(64));
        PageRendering pages = new PageRendering(projection, head, now);
        out.println("every question as known at the ledger's last recording, " + now);

        treePage(projection, index, pages, now, questionSeed, samples);
        comparisonPage(projection, index, pages, now, samples);
        trailPdf(projection, index, pages, now, pdfSamples);

        out.println();
        out.println("load at the end: " + Machine.loadAverage());
        figures.print(out);
    }

    /** The organisation page at random dates as known now (what a user asks first), against the JSON structure. */
    private void treePage(LedgerProjection projection, OrganisationIndex index, PageRendering pages, Instant now,
                          long questionSeed, int samples) throws Exception {
        String organisation = index.id();
        int warmUp = Math.max(50, samples / 5);
        List<LocalDate> dates = new ArrayList<>();
        RandomQuestions questions = new RandomQuestions(index, questionSeed);
        for (int i = 0; i < samples + warmUp; i++) {
            dates.add(questions.date());
        }
        long units = 0;
        long bytes = 0;
        for (int i = 0; i < samples; i++) {
            units += projection.structure(organisation, dates.get(i), now).root().size();
        }
        for (int i = 0; i < 20; i++) {
            bytes += pages.organisationPage(organisation, dates.get(i).toString(), now).length();
        }
        out.printf(Locale.ROOT, "tree page: %.0f units on average in the tree, pages of about %,d characters%n",
                units / (double) samples, bytes / 20);
        Latencies.Query page = i -> pages.organisationPage(organisation, dates.get(i).toString(), now);
        Latencies.Query baseline = i -> json.writeValueAsBytes(projection.structure(organisation, dates.get(i), now));
        Latencies[] timed = inTurns(samples, warmUp, page, baseline);
        report("tree page of " + index.id() + " (" + Math.round(units / (double) samples) + " units on average)",
                "JSON structure", timed, TREE_GOAL_P95_MS);
    }

    /** The comparison page across the largest change days (the cut-overs), against the JSON diff of the same dates. */
    private void comparisonPage(LedgerProjection projection, OrganisationIndex index, PageRendering pages,
                                Instant now, int samples) throws Exception {
        String organisation = index.id();
        List<ChangeDay> days = new ArrayList<>(projection.changeDays(organisation, now));
        days.remove(0);
        days.sort(Comparator.comparingInt(ChangeDay::changes).reversed());
        List<ChangeDay> cutOvers = days.subList(0, Math.min(20, days.size()));
        out.printf("comparison page: the %d largest change days, %d to %d changes each (the largest: %s)%n",
                cutOvers.size(), cutOvers.get(cutOvers.size() - 1).changes(), cutOvers.get(0).changes(),
                cutOvers.get(0).date());
        int warmUp = Math.max(50, samples / 5);
        Latencies.Query page = i -> {
            LocalDate to = cutOvers.get(i % cutOvers.size()).date();
            pages.comparisonPage(organisation, to.minusDays(1).toString(), to.toString(), now);
        };
        Latencies.Query baseline = i -> {
            LocalDate to = cutOvers.get(i % cutOvers.size()).date();
            json.writeValueAsBytes(projection.diff(organisation, to.minusDays(1), to, now));
        };
        report("cut-over comparison page (day before → day, largest 20 change days)", "JSON diff",
                inTurns(samples, warmUp, page, baseline), COMPARISON_GOAL_P95_MS);
    }

    /** The unit trail PDF of the unit whose trail is nearest 500 changes (at least 500 when one has that many). */
    private void trailPdf(LedgerProjection projection, OrganisationIndex index, PageRendering pages, Instant now,
                          int samples) throws Exception {
        String organisation = index.id();
        String chosen = null;
        int chosenChanges = -1;
        for (var unit : index.units()) {
            int changes = changes(projection.decisionTrail(organisation, unit.id(), now));
            boolean better = chosenChanges < PDF_CHANGES ? changes > chosenChanges
                    : changes >= PDF_CHANGES && changes < chosenChanges;
            if (better) {
                chosen = unit.id();
                chosenChanges = changes;
            }
        }
        String unit = chosen;
        DecisionTrailView trail = projection.decisionTrail(organisation, unit, now);
        byte[] sample = pages.unitTrailPdf(organisation, unit, now);
        out.printf(Locale.ROOT, "trail PDF: unit %s, %d changes in %d decisions, %,d bytes%n", unit, chosenChanges,
                trail.decisions().size(), sample.length);
        Latencies.Query pdf = i -> pages.unitTrailPdf(organisation, unit, now);
        Latencies.Query baseline = i -> json.writeValueAsBytes(projection.decisionTrail(organisation, unit, now));
        report("unit trail PDF/A, " + chosenChanges + " changes", "JSON decision trail",
                inTurns(samples, 5, pdf, baseline), PDF_GOAL_MS);
    }

    private static int changes(DecisionTrailView trail) {
        int changes = 0;
        for (TrailDecision decision : trail.decisions()) {
            changes += decision.changes().size();
        }
        return changes;
    }

    /** Warms both up, then times them in alternating blocks, so that a busy spell falls on both alike. */
    private static Latencies[] inTurns(int samples, int warmUp, Latencies.Query measured, Latencies.Query baseline)
            throws Exception {
        Latencies.warmUp(samples, samples + warmUp, measured);
        Latencies.warmUp(samples, samples + warmUp, baseline);
        Latencies first = new Latencies(samples);
        Latencies second = new Latencies(samples);
        int block = (samples + BLOCKS - 1) / BLOCKS;
        for (int from = 0; from < samples; from += block) {
            int to = Math.min(samples, from + block);
            first.time(from, to, measured);
            second.time(from, to, baseline);
        }
        return new Latencies[] {first, second};
    }

    private void report(String what, String baselineName, Latencies[] timed, double goalP95) {
        Latencies page = timed[0];
        Latencies baseline = timed[1];
        out.printf("%s: %s%n  baseline, %s: %s%n", what, page, baselineName, baseline);
        out.printf(Locale.ROOT, "  p95 %s ms (cpu %s ms), baseline p95 %s ms: ratio %s%n",
                Figures.millis(page.p95()), Figures.millis(page.cpuP95()), Figures.millis(baseline.p95()),
                Figures.ratio(page.p95() / baseline.p95()));
        figures.add(what + " p50", Figures.millis(page.p50()) + " ms, cpu " + Figures.millis(page.cpuP50()) + " ms");
        figures.add(what + " p95", Figures.millis(page.p95()) + " ms, cpu " + Figures.millis(page.cpuP95())
                + " ms (" + page.samples() + ")", "≤ " + Figures.millis(goalP95) + " ms",
                Figures.verdict(page.p95() <= goalP95));
        figures.add("  baseline, " + baselineName + ", p95", Figures.millis(baseline.p95()) + " ms, cpu "
                + Figures.millis(baseline.cpuP95()) + " ms; page " + Figures.ratio(page.p95() / baseline.p95()));
    }
}
