package se.reorgledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import se.reorgledger.integrity.chain.FindingKind;
import se.reorgledger.integrity.chain.SyntheticLedger;
import se.reorgledger.integrity.chain.TrustedDigest;
import se.reorgledger.integrity.chain.Verification;
import se.reorgledger.integrity.export.MalformedExportException;
import se.reorgledger.integrity.offline.ExportFiles;
import se.reorgledger.integrity.offline.ExportVerification;

/**
 * {@code self-test}: before an auditor trusts the verifier's "INTACT", it shows that it finds what it must. It
 * writes an export of a synthetic ledger into a temporary folder, checks it intact against its published head,
 * then tampers with copies as someone with write access to the file or the database could (one character of an
 * event changed, a line deleted, two lines swapped, a line copied in, the head line cut off, the whole ledger
 * rewritten with fresh hashes) and checks that each is found, of the right kind, at the right position. Known
 * answers, as a cryptographic module tests itself before use. Exit code 0 when every answer is as known, 1 when
 * one is not.
 */
public final class SelfTestCommand implements VerifierCommand {

    private static final int EVENTS = 12;

    private final String program;
    private final ExportCheck check;

    /** @param program how the auditor starts the program, for the usage text */
    public SelfTestCommand(String program) {
        this(program, ExportVerification::verify);
    }

    SelfTestCommand(String program, ExportCheck check) {
        this.program = program;
        this.check = check;
    }

    /** One tampering, and what the verifier must say of it: its first finding's kind and position. */
    private record Case(String what, UnaryOperator<List<String>> edit, FindingKind kind, long position) {
    }

    /** What is tested: the verification of an export, as verify-export runs it. */
    interface ExportCheck {
        Verification verify(Path export, TrustedDigest trusted) throws IOException;
    }

    @Override
    public String name() {
        return "self-test";
    }

    @Override
    public String usage() {
        return "self-test                                                      check that the verifier finds tampering";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(), "usage: " + program + " " + usage(), "",
                "Writes an export of a synthetic ledger of " + EVENTS + " events into a temporary folder, checks it "
                        + "intact, then tampers with copies of it and checks that each tampering is found, of the "
                        + "right kind and at the right position. Needs no service and no network.",
                "",
                "Exit code 0: every known answer given; 1: one was not (do not rely on this copy of the verifier).")
                + System.lineSeparator();
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (VerifierCommands.asksForHelp(arguments)) {
            out.print(help());
            return 0;
        }
        if (!arguments.isEmpty()) {
            err.println("self-test takes no arguments");
            err.println("usage: " + program + " " + usage());
            return 2;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("ledger-verifier-self-test");
            int failed = 0;
            failed += intactAgainstItsHead(folder, out) ? 0 : 1;
            for (Case known : cases()) {
                failed += found(known, folder, out) ? 0 : 1;
            }
            out.println(failed == 0 ? "SELF-TEST PASSED: every tampering was found where it was made."
                    : "SELF-TEST FAILED: " + failed + " known answer(s) not given. Do not rely on this verifier.");
            return failed == 0 ? 0 : 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("The self-test could not run: " + e.getMessage());
            return 2;
        } finally {
            delete(folder);
        }
    }

    private static List<Case> cases() {
        return List.of(
                new Case("one character of the event at position 4 changed", lines -> {
                    lines.set(3, lines.get(3).replace("Enhet 4", "Enhet X"));
                    return lines;
                }, FindingKind.ALTERED, 4),
                new Case("the line of position 7 deleted", lines -> {
                    lines.remove(6);
                    return lines;
                }, FindingKind.REMOVED, 7),
                new Case("the lines of positions 3 and 9 swapped", lines -> {
                    Collections.swap(lines, 2, 8);
                    return lines;
                }, FindingKind.REORDERED, 3),
                new Case("the line of position 3 copied in after position 6", lines -> {
                    lines.add(6, lines.get(2));
                    return lines;
                }, FindingKind.INSERTED, 7),
                new Case("the last event and the head line cut off", lines -> new java.util.ArrayList<>(
                        lines.subList(0, EVENTS - 1)),
                        FindingKind.INCOMPLETE, EVENTS));
    }

    private boolean intactAgainstItsHead(Path folder, PrintStream out) throws IOException {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        Path export = ExportFiles.write(ledger, folder.resolve("intact.ndjson"));
        Verification verification = check.verify(export, TrustedDigest.of(ExportFiles.headOf(ledger)));
        boolean passed = verification.intact() && verification.checkedEvents() == EVENTS;
        out.println((passed ? "ok    " : "WRONG ") + "an untouched export: intact, matching its head's chain hash and "
                + "Merkle root" + (passed ? "" : " (said: " + verification.message() + ")"));
        boolean rewrittenFound = rewrittenLedgerIsFound(folder, ledger, out);
        return passed && rewrittenFound;
    }

    /** The whole ledger rewritten with fresh hashes is intact in itself, but not the ledger the head published. */
    private boolean rewrittenLedgerIsFound(Path folder, SyntheticLedger published, PrintStream out)
            throws IOException {
        TrustedDigest head = TrustedDigest.of(ExportFiles.headOf(published));
        SyntheticLedger rewritten = SyntheticLedger.of(EVENTS);
        rewritten.editEvent(5, event -> SyntheticLedger.withPayload(event, "{}".getBytes()));
        rewritten.rechainEverything();
        Verification verification = check.verify(ExportFiles.write(rewritten,
                folder.resolve("rewritten.ndjson")), head);
        boolean passed = !verification.intact()
                && FindingKind.DIGEST_MISMATCH.slug().equals(verification.finding());
        out.println((passed ? "ok    " : "WRONG ") + "the whole ledger rewritten with fresh hashes: "
                + (passed ? "it does not match the published head" : "said: " + verification.message()));
        return passed;
    }

    private boolean found(Case known, Path folder, PrintStream out) throws IOException {
        Path export = ExportFiles.write(SyntheticLedger.of(EVENTS), folder.resolve("case.ndjson"));
        ExportFiles.rewrite(export, known.edit().apply(ExportFiles.lines(export)));
        Verification verification;
        try {
            verification = check.verify(export, null);
        } catch (MalformedExportException e) {
            out.println("WRONG " + known.what() + ": said: " + e.getMessage());
            return false;
        }
        boolean passed = !verification.intact() && known.kind().slug().equals(verification.finding())
                && Long.valueOf(known.position()).equals(verification.firstBrokenPosition());
        out.println((passed ? "ok    " : "WRONG ") + known.what() + ": " + (passed ? known.kind().slug()
                + " at position " + known.position() : "said: " + verification.message()));
        return passed;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind holds nothing but synthetic exports.
        }
    }
}
