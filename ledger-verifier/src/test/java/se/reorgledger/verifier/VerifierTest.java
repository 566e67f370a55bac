package se.reorgledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verifier's own jar: its commands by name, a usage text without one, and help on each. */
class VerifierTest {

    @Test
    void withoutACommandItPrintsTheUsageOfEveryCommandAndExitsWithTwo() {
        CommandRun run = run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("java -jar ledger-verifier.jar verify-export",
                "java -jar ledger-verifier.jar verify-proof", "java -jar ledger-verifier.jar verify-consistency");
    }

    @Test
    void anUnknownCommandIsNamedAndExitsWithTwo() {
        CommandRun run = run("verify-everything");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command verify-everything");
    }

    @Test
    void eachCommandExplainsItselfWithHelpAndChecksNothing() {
        for (VerifierCommand command : VerifierCommands.all(Verifier.PROGRAM)) {
            CommandRun help = run(command.name(), "--help");

            assertThat(help.exitCode()).as(command.name()).isZero();
            assertThat(help.out()).startsWith("usage: java -jar ledger-verifier.jar " + command.name())
                    .contains("Exit code 0");
            assertThat(help.err()).isEmpty();
        }
    }

    @Test
    void helpWinsOverArgumentsThatCouldNotBeChecked() {
        CommandRun run = run("verify-proof", "missing.json", "--root", "not-a-hash", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--root <merkleRoot>");
    }

    private static CommandRun run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Verifier.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
