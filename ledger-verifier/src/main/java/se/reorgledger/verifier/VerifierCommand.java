package se.reorgledger.verifier;

import java.io.PrintStream;
import java.util.List;

/** A command of the auditor's verifier: it needs neither the service nor a database. */
public interface VerifierCommand {

    String name();

    /** One line for a usage text: the command with its arguments, and what it does. */
    String usage();

    /** What {@code --help} prints: how to call the command, what it checks, and its exit codes. */
    String help();

    /** @return the process exit code: 0 when all is proven, 1 when not, 2 when it could not be checked */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
