package se.reorgledger.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code --name=value} options of a benchmark against a running service, each with its default; an option the
 * benchmark does not know is refused, so that a misspelt one does not silently measure the default.
 */
public final class HttpOptions {

    private final Map<String, String> values;

    private HttpOptions(Map<String, String> values) {
        this.values = values;
    }

    /** The defaults' keys are the options there are; {@code args} may hold a leading word ({@code M}) to skip. */
    public static HttpOptions parse(String[] args, Map<String, String> defaults, String usage) {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                continue;
            }
            String[] option = arg.substring(2).split("=", 2);
            if (!defaults.containsKey(option[0])) {
                throw new IllegalArgumentException("unknown option --" + option[0] + "; usage: " + usage);
            }
            values.put(option[0], option.length > 1 ? option[1] : "true");
        }
        return new HttpOptions(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    public int integer(String name) {
        return Integer.parseInt(values.get(name));
    }

    /** A comma-separated list of whole numbers, e.g. {@code --writers=1,4,16}; empty if given as {@code --writers=}. */
    public List<Integer> integers(String name) {
        return Arrays.stream(values.get(name).split(",")).map(String::trim).filter(value -> !value.isEmpty())
                .map(Integer::parseInt).toList();
    }

    /** The Authorization header for HTTP Basic with {@code --user} and {@code --password}. */
    public String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (values.get("user") + ":" + values.get("password")).getBytes(StandardCharsets.UTF_8));
    }

    /** Every option as given or defaulted, the password left out. */
    @Override
    public String toString() {
        return values.entrySet().stream().filter(e -> !e.getKey().equals("password"))
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
