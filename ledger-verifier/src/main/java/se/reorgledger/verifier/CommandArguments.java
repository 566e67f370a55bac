package se.reorgledger.verifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of an offline command: files in order, and {@code --name value} options from a known set. */
final class CommandArguments {

    private final List<String> files = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private CommandArguments() {
    }

    static CommandArguments parse(List<String> arguments, Set<String> known) {
        CommandArguments parsed = new CommandArguments();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("--")) {
                String name = argument.substring(2);
                if (!known.contains(name) || i + 1 == arguments.size()) {
                    throw new IllegalArgumentException(known.contains(name) ? argument + " needs a value"
                            : "unknown option " + argument);
                }
                parsed.options.put(name, arguments.get(++i));
            } else {
                parsed.files.add(argument);
            }
        }
        return parsed;
    }

    List<String> files() {
        return files;
    }

    String option(String name) {
        return options.get(name);
    }
}
