package se.reorgledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.integrity.chain.TrustedDigest;
import se.reorgledger.integrity.chain.Verification;
import se.reorgledger.integrity.export.MalformedExportException;
import se.reorgledger.integrity.offline.ExportVerification;

/**
 * {@code verify-export}: checks an export without the service or a database, and says in plain words what was
 * altered, removed, inserted or reordered, or that the export is intact and matches the digest given. Exit code 0
 * only when intact; 1 when not; 2 when the command could not check (bad arguments, unreadable file).
 */
public final class VerifyExportCommand implements VerifierCommand {

    private final String program;

    /** @param program how the auditor starts the program, for the usage text */
    public VerifyExportCommand(String program) {
        this.program = program;
    }

    @Override
    public String name() {
        return "verify-export";
    }

    @Override
    public String usage() {
        return "verify-export <export.ndjson> [--digest <chainHash> | --head <head.json>]   check an export offline";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(), "usage: " + program + " " + usage(), "",
                "Checks an export of the ledger (GET /api/v1/ledger/export) line by line: every event's entry hash, "
                + "every link of the hash chain, and with --head the Merkle root and the digest too.",
                "",
                "  --head <head.json>   the ledger's head as published (GET /api/v1/ledger/head): the export must end "
                + "at it, with the same chain hash and Merkle root",
                "  --digest <chainHash> the chain hash of a head the auditor trusts (64 hex digits)",
                "",
                "Names each event that was altered, removed, inserted or reordered, with its position.",
                "Exit code 0: intact (and matching the digest given); 1: not intact; 2: could not be checked.") + System.lineSeparator();
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (VerifierCommands.asksForHelp(arguments)) {
            out.print(help());
            return 0;
        }
        CommandArguments parsed;
        TrustedDigest trusted;
        try {
            parsed = CommandArguments.parse(arguments, Set.of("digest", "head"));
            if (parsed.files().size() != 1 || parsed.option("digest") != null && parsed.option("head") != null) {
                throw new IllegalArgumentException("give one export file, and at most one of --digest and --head");
            }
            trusted = trusted(parsed);
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            err.println("usage: " + program + " " + usage());
            return 2;
        }
        try {
            Verification verification = ExportVerification.verify(Path.of(parsed.files().get(0)), trusted);
            VerificationReport.print(verification, parsed.files().get(0), out);
            return verification.intact() ? 0 : 1;
        } catch (MalformedExportException e) {
            out.println("NOT INTACT: " + e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("Could not check " + parsed.files().get(0) + ": " + e.getMessage());
            return 2;
        }
    }

    private static TrustedDigest trusted(CommandArguments parsed) throws IOException {
        if (parsed.option("digest") != null) {
            String digest = parsed.option("digest").trim().toLowerCase();
            if (!digest.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("--digest must be a chain hash of 64 hex digits");
            }
            return TrustedDigest.chainHash(digest);
        }
        if (parsed.option("head") != null) {
            return TrustedDigest.of(OfflineJson.read(Path.of(parsed.option("head")), LedgerDigest.class));
        }
        return null;
    }
}
