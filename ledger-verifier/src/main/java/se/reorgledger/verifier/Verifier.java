package se.reorgledger.verifier;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code java -jar ledger-verifier.jar <command> <arguments>}: the auditor's checks, offline. */
public final class Verifier {

    static final String PROGRAM = "java -jar ledger-verifier.jar";

    private Verifier() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<VerifierCommand> commands = VerifierCommands.all(PROGRAM);
        if (args.isEmpty() || VerifierCommands.asksForHelp(args.subList(0, 1))) {
            usage(commands, args.isEmpty() ? err : out);
            return args.isEmpty() ? 2 : 0;
        }
        Optional<VerifierCommand> command = VerifierCommands.find(commands, args.get(0));
        if (command.isEmpty()) {
            err.println("unknown command " + args.get(0));
            usage(commands, err);
            return 2;
        }
        return command.get().run(List.copyOf(args.subList(1, args.size())), out, err);
    }

    private static void usage(List<VerifierCommand> commands, PrintStream to) {
        to.println("Checks a ledger's export, an inclusion proof or a consistency proof without the service or "
                + "its database.");
        commands.forEach(command -> to.println(PROGRAM + " " + command.usage()));
        to.println(PROGRAM + " <command> --help   what a command checks, its options and its exit codes");
    }
}
