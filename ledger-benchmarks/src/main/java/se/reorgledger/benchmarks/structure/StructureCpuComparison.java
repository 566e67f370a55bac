package se.reorgledger.benchmarks.structure;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link StructureCpu} of two builds in one JVM, their rounds taking turns: on a shared machine whose load moves
 * CPU times by half between runs minutes apart, two builds compare fairly only side by side. Each build is given
 * as a class path (its ledger-benchmarks classes or jar first, then its libraries) and loaded apart from the other.
 *
 * <p>{@code java -Xmx3g -cp ledger-benchmarks/target/classes
 * se.reorgledger.benchmarks.structure.StructureCpuComparison <class path before> <class path after> [rounds]}
 */
public final class StructureCpuComparison {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: <class path before> <class path after> [rounds]");
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String[] names = {"before", "after"};
        Object[] builds = new Object[2];
        Method[] round = new Method[2];
        for (int b = 0; b < 2; b++) {
            List<URL> urls = new ArrayList<>();
            for (String entry : args[b].split(":")) {
                if (!entry.isBlank()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> benchmark = loader.loadClass(StructureCpu.class.getName());
            Class<?> size = loader.loadClass("se.reorgledger.testkit.synthetic.SyntheticSize");
            Object m = size.getMethod("valueOf", String.class).invoke(null, "M");
            builds[b] = benchmark.getConstructor(size, long.class, long.class, int.class).newInstance(m, 1L, 7L, 500);
            System.out.println(names[b] + ": " + benchmark.getMethod("describe").invoke(builds[b]));
            round[b] = benchmark.getMethod("round");
        }
        List<List<double[]>> figures = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r <= rounds; r++) {
            for (int b = 0; b < 2; b++) {
                double[] f = (double[]) round[b].invoke(builds[b]);
                if (r > 0) {
                    figures.get(b).add(f);
                }
                System.out.printf(Locale.ROOT, "%s %-6s query p50 %.2f ms, %.3f MB; query + JSON p50 %.2f ms, "
                                + "%.3f MB; load %.2f%n", r == 0 ? "warm-up" : "round " + r, names[b], f[0], f[1],
                        f[2], f[3], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        for (int b = 0; b < 2; b++) {
            List<double[]> all = figures.get(b);
            System.out.printf(Locale.ROOT, "%-6s median of the rounds' p50: query %.2f ms, query + JSON %.2f ms; "
                            + "allocated per answer %.3f MB, %.3f MB%n", names[b], median(all, 0), median(all, 2),
                    all.get(0)[1], all.get(0)[3]);
        }
    }

    private static double median(List<double[]> rounds, int figure) {
        double[] values = rounds.stream().mapToDouble(f -> f[figure]).toArray();
        Arrays.sort(values);
        return values[values.length / 2];
    }
}
