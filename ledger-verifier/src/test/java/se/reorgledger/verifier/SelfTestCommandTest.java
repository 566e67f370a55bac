package se.reorgledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.integrity.chain.Verification;

/** The self-test gives every known answer with the real verification, and fails loudly with a blind one. */
class SelfTestCommandTest {

    @Test
    void theVerifierFindsEveryTamperingWhereItWasMade() {
        CommandRun run = CommandRun.of(new SelfTestCommand("ledger-verifier"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("ok ")).count()).isEqualTo(7);
        assertThat(run.out()).contains("altered at position 4", "removed at position 7", "reordered at position 3",
                "inserted at position 7", "incomplete at position 12", "SELF-TEST PASSED");
    }

    @Test
    void aVerifierThatCallsEverythingIntactFailsItsSelfTest() {
        SelfTestCommand.ExportCheck blind = (export, trusted) -> new Verification(true, 12, null, null, null,
                "All events match", List.of());

        CommandRun run = CommandRun.of(new SelfTestCommand("ledger-verifier", blind));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("WRONG one character of the event at position 4 changed",
                "SELF-TEST FAILED: 6 known answer(s) not given");
    }

    @Test
    void itTakesNoArguments() {
        assertThat(CommandRun.of(new SelfTestCommand("ledger-verifier"), "export.ndjson").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of(new SelfTestCommand("ledger-verifier"), "--help").out()).contains("self-test");
    }
}
