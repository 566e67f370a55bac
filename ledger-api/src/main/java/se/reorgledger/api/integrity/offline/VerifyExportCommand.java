package se.reorgledger.api.integrity.offline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import se.reorgledger.api.cli.JarCommand;
import se.reorgledger.api.integrity.LedgerDigest;
import se.reorgledger.api.integrity.TrustedDigest;
import se.reorgledger.api.integrity.Verification;
import se.reorgledger.api.integrity.export.MalformedExportException;

/**
 * {@code verify-export}: checks an export without the service or a database, and says in plain words what was
 * altered, removed, inserted or reordered, or that the export is intact and matches the digest given. Exit code 0
 * only when intact; 1 when not; 2 when the command could not check (bad arguments, unreadable file).
 */
public final class VerifyExportCommand implements JarCommand {

    @Override
    public String name() {
        return "verify-export";
    }

    @Override
    public String usage() {
        return "verify-export <export.ndjson> [--digest <chainHash> | --head <head.json>]   check an export offline";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
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
            err.println("usage: java -jar reorganisation-ledger.jar " + usage());
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
