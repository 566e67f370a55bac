package se.reorgledger.api.cli;

import java.io.PrintStream;
import java.util.List;

/** A command of the service's jar, run as {@code java -jar reorganisation-ledger.jar <name> <arguments>}. */
public interface JarCommand {

    String name();

    /** One line for the jar's usage text. */
    String usage();

    /** @return the process exit code: 0 when all is well */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
