package se.reorgledger.api.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.reorgledger.verifier.VerifierCommands;

/**
 * The commands the jar runs besides the service. Each is registered here by name; a command that needs no
 * database (the offline verifier) runs without starting Spring at all.
 */
public final class JarCommands {

    private static final String PROGRAM = "java -jar reorganisation-ledger.jar";

    private final Map<String, JarCommand> commands = new LinkedHashMap<>();

    /**
     * Every command of the jar; add a new one here.
     *
     * @param application the service's application class: the caller owns it, so this package does not depend on it
     */
    public JarCommands(Class<?> application) {
        Stream.concat(Stream.of(new ImportCommand(application)),
                        VerifierCommands.all(PROGRAM).stream().map(VerifierJarCommand::new))
                .forEach(command -> commands.put(command.name(), command));
    }

    public Optional<JarCommand> find(String[] args) {
        return args.length == 0 ? Optional.empty() : Optional.ofNullable(commands.get(args[0]));
    }

    public static int run(JarCommand command, String[] args, PrintStream out, PrintStream err) {
        return command.run(List.copyOf(Arrays.asList(args).subList(1, args.length)), out, err);
    }

    public String usage() {
        StringBuilder usage = new StringBuilder(PROGRAM + "            run the service\n");
        commands.values().forEach(command -> usage.append(PROGRAM).append(' ')
                .append(command.usage()).append('\n'));
        return usage.toString();
    }
}
