package se.reorgledger.api.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.reorgledger.api.scenario.ImportCommand;
import se.reorgledger.verifier.VerifierCommands;

/**
 * The commands the jar runs besides the service. Each is registered here by name; a command that needs no
 * database (the offline verifier) runs without starting Spring at all.
 */
public final class JarCommands {

    private static final String PROGRAM = "java -jar reorganisation-ledger.jar";

    /** Every command of the jar; add a new one here. */
    private static final List<JarCommand> ALL = Stream.concat(Stream.of(new ImportCommand()),
            VerifierCommands.all(PROGRAM).stream().map(VerifierJarCommand::new)).toList();

    private static final Map<String, JarCommand> COMMANDS = new LinkedHashMap<>();

    static {
        ALL.forEach(command -> COMMANDS.put(command.name(), command));
    }

    private JarCommands() {
    }

    public static Optional<JarCommand> find(String[] args) {
        return args.length == 0 ? Optional.empty() : Optional.ofNullable(COMMANDS.get(args[0]));
    }

    public static int run(JarCommand command, String[] args, PrintStream out, PrintStream err) {
        return command.run(List.copyOf(Arrays.asList(args).subList(1, args.length)), out, err);
    }

    public static String usage() {
        StringBuilder usage = new StringBuilder(PROGRAM + "            run the service\n");
        COMMANDS.values().forEach(command -> usage.append(PROGRAM).append(' ')
                .append(command.usage()).append('\n'));
        return usage.toString();
    }
}
