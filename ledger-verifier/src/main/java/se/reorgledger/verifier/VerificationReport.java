package se.reorgledger.verifier;

import java.io.PrintStream;
import se.reorgledger.integrity.chain.Finding;
import se.reorgledger.integrity.chain.Verification;

/** A verification in plain words, for the auditor's terminal. */
final class VerificationReport {

    private VerificationReport() {
    }

    static void print(Verification verification, String what, PrintStream out) {
        out.println("Checked " + verification.checkedEvents() + " events in " + what + ".");
        if (verification.intact()) {
            out.println("INTACT. " + verification.message());
            return;
        }
        int count = verification.findings().size();
        out.println("NOT INTACT: " + count + " finding" + (count == 1 ? "" : "s") + ", the first at position "
                + verification.firstBrokenPosition() + ".");
        for (Finding finding : verification.findings()) {
            out.println("  position " + finding.position() + ", " + finding.kind().slug() + ": " + finding.message());
        }
    }
}
