package se.reorgledger.api.cli;

import java.io.PrintStream;
import java.util.List;
import se.reorgledger.verifier.VerifierCommand;

/** One of the auditor's verifier commands, run by the service's jar as by the verifier's own. */
record VerifierJarCommand(VerifierCommand command) implements JarCommand {

    @Override
    public String name() {
        return command.name();
    }

    @Override
    public String usage() {
        return command.usage();
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        return command.run(arguments, out, err);
    }
}
