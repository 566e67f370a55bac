package se.reorgledger.benchmarks;

import java.util.HashMap;
import java.util.Map;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * The command line: a ledger size (S, M or L), then {@code --name=value} options, each with the default the
 * documented figures were measured with.
 */
public record BenchmarkOptions(SyntheticSize size, long seed, long questionSeed, String server, String user,
                               String password, int samples, int temporalTableSamples, int replaySamples,
                               int rebuildRounds, boolean fromGenerator) {

    public static BenchmarkOptions parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException("usage: S|M|L [--seed=1] [--question-seed=7] "
                    + "[--server=jdbc:postgresql://127.0.0.1:5432/] [--user=postgres] [--password=] "
                    + "[--samples=2000] [--temporal-table-samples=1000] [--replay-samples=30] [--rebuild-rounds=2] "
                    + "[--from-generator=false]");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] option = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(option[0], option.length > 1 ? option[1] : "true");
        }
        SyntheticSize size = SyntheticSize.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        return new BenchmarkOptions(size,
                Long.parseLong(options.getOrDefault("seed", "1")),
                Long.parseLong(options.getOrDefault("question-seed", "7")),
                options.getOrDefault("server", "jdbc:postgresql://127.0.0.1:5432/"),
                options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", ""),
                Integer.parseInt(options.getOrDefault("samples", "2000")),
                Integer.parseInt(options.getOrDefault("temporal-table-samples", "1000")),
                Integer.parseInt(options.getOrDefault("replay-samples", "30")),
                Integer.parseInt(options.getOrDefault("rebuild-rounds", size == SyntheticSize.L ? "1" : "2")),
                Boolean.parseBoolean(options.getOrDefault("from-generator", "false")));
    }

    /** Each size has a database of its own, so that loading L does not throw M away. */
    public String database() {
        return "ledger_bench_" + size.name().toLowerCase(java.util.Locale.ROOT);
    }
}
