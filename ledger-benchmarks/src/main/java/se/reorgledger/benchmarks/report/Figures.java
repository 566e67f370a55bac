package se.reorgledger.benchmarks.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The run's figures, gathered as they are measured and printed together at the end as one table. */
public final class Figures {

    private final List<String[]> rows = new ArrayList<>();

    /** A figure with its goal and whether it meets it; goal and verdict may be empty. */
    public void add(String what, String figure, String goal, String verdict) {
        rows.add(new String[] {what, figure, goal, verdict});
    }

    public void add(String what, String figure) {
        add(what, figure, "", "");
    }

    /** Prints a Markdown table, so that it can be read here and pasted into docs/benchmarks.md as it is. */
    public void print(PrintStream out) {
        String[] header = {"measure", "figure", "goal", "met"};
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        line(out, header, widths);
        String[] rule = new String[header.length];
        for (int c = 0; c < header.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
    }

    private static void line(PrintStream out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < cells.length; c++) {
            line.append(' ').append(cells[c]).append(" ".repeat(widths[c] - cells[c].length())).append(" |");
        }
        out.println(line);
    }

    public static String verdict(boolean met) {
        return met ? "yes" : "NO";
    }

    /** Milliseconds with as many decimals as a reader needs. */
    public static String millis(double millis) {
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f", millis);
        }
        return millis >= 10 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%.2f", millis);
    }

    public static String ratio(double ratio) {
        if (ratio >= 100) {
            return String.format(Locale.ROOT, "%.0f×", ratio);
        }
        return ratio >= 10 ? String.format(Locale.ROOT, "%.1f×", ratio) : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f events/s", perSecond);
    }
}
