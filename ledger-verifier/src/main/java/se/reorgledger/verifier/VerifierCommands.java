package se.reorgledger.verifier;

import java.util.List;
import java.util.Optional;

/** The auditor's commands, each told the program it runs in so that its usage text names the jar at hand. */
public final class VerifierCommands {

    private VerifierCommands() {
    }

    /** @param program how the auditor starts the program, e.g. {@code java -jar ledger-verifier.jar} */
    public static List<VerifierCommand> all(String program) {
        return List.of(new VerifyExportCommand(program), new VerifyProofCommand(program),
                new VerifyConsistencyCommand(program), new SelfTestCommand(program));
    }

    static Optional<VerifierCommand> find(List<VerifierCommand> commands, String name) {
        return commands.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    /** Whether the arguments ask for a command's help rather than for a check. */
    static boolean asksForHelp(List<String> arguments) {
        return arguments.contains("--help") || arguments.contains("-h");
    }
}
