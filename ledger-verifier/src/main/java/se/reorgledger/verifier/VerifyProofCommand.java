package se.reorgledger.verifier;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.export.ExportReader;
import se.reorgledger.integrity.merkle.InclusionProof;
import se.reorgledger.integrity.merkle.MerkleHashing;
import se.reorgledger.integrity.merkle.MerkleProofs;

/**
 * {@code verify-proof}: checks that one event is in the ledger whose Merkle root the auditor trusts, with the
 * proof alone, and with {@code --event} that an exported line is that event. Exit code 0 only when proven.
 */
public final class VerifyProofCommand implements VerifierCommand {

    private static final HexFormat HEX = HexFormat.of();

    private final String program;

    /** @param program how the auditor starts the program, for the usage text */
    public VerifyProofCommand(String program) {
        this.program = program;
    }

    @Override
    public String name() {
        return "verify-proof";
    }

    @Override
    public String usage() {
        return "verify-proof <proof.json> --root <merkleRoot> [--event <exported line>]   check an inclusion proof";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(), "usage: " + program + " " + usage(), "",
                "Checks an inclusion proof (GET /api/v1/ledger/proof/{position}): that the event is in the ledger "
                + "whose Merkle root the auditor trusts, with the proof alone.",
                "",
                "  --root <merkleRoot>      the Merkle root the auditor trusts (64 hex digits), e.g. from a published head",
                "  --event <exported line>  a file holding the event's line of an export: it must be that event, byte "
                + "for byte",
                "",
                "Exit code 0: proven; 1: not proven; 2: could not be checked.") + System.lineSeparator();
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (VerifierCommands.asksForHelp(arguments)) {
            out.print(help());
            return 0;
        }
        CommandArguments parsed;
        InclusionProof proof;
        byte[] root;
        try {
            parsed = CommandArguments.parse(arguments, Set.of("root", "event"));
            if (parsed.files().size() != 1 || parsed.option("root") == null) {
                throw new IllegalArgumentException("give one proof file and the Merkle root with --root");
            }
            proof = OfflineJson.read(Path.of(parsed.files().get(0)), InclusionProof.class);
            if (!InclusionProof.FORMAT.equals(proof.format())) {
                throw new IllegalArgumentException(parsed.files().get(0) + " is not an inclusion proof ("
                        + InclusionProof.FORMAT + "); a consistency proof is checked with verify-consistency");
            }
            root = hash(parsed.option("root"), "--root");
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            err.println("usage: " + program + " " + usage());
            return 2;
        }
        try {
            List<String> failures = failures(proof, root, parsed.option("event"));
            if (failures.isEmpty()) {
                out.println("PROVEN. The event at position " + proof.position() + " (entry hash " + proof.entryHash()
                        + ") is in the ledger whose first " + proof.treeSize() + " events have Merkle root "
                        + parsed.option("root").toLowerCase() + (parsed.option("event") == null ? "."
                        : ", and " + parsed.option("event") + " is that event, byte for byte."));
                return 0;
            }
            out.println("NOT PROVEN:");
            failures.forEach(failure -> out.println("  " + failure));
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("Could not check: " + e.getMessage());
            return 2;
        }
    }

    private static List<String> failures(InclusionProof proof, byte[] root, String eventFile) throws IOException {
        List<String> failures = new ArrayList<>();
        byte[] leaf = MerkleHashing.leafHash(hash(proof.entryHash(), "the proof's entryHash"));
        if (proof.leafIndex() != proof.position() - 1) {
            failures.add("The proof's leafIndex " + proof.leafIndex() + " is not its position minus one.");
        }
        if (proof.leafHash() != null && !proof.leafHash().equalsIgnoreCase(HEX.formatHex(leaf))) {
            failures.add("The proof's leafHash is not the leaf of its entryHash.");
        }
        List<byte[]> path = proof.auditPath().stream().map(h -> hash(h, "a hash of the audit path")).toList();
        if (!MerkleProofs.verifyInclusion(proof.position() - 1, proof.treeSize(), leaf, path, root)) {
            failures.add("The audit path does not lead from the event's leaf to the root " + HEX.formatHex(root)
                    + " of a tree of " + proof.treeSize() + " events: the event is not in that ledger, or the "
                    + "proof or the root was changed.");
        }
        if (proof.merkleRoot() != null && !proof.merkleRoot().equalsIgnoreCase(HEX.formatHex(root))) {
            failures.add("The proof was made for the root " + proof.merkleRoot() + ", not the root given.");
        }
        if (eventFile != null) {
            failures.addAll(eventFailures(proof, Path.of(eventFile)));
        }
        return failures;
    }

    private static List<String> eventFailures(InclusionProof proof, Path eventFile) throws IOException {
        LedgerRow row;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(eventFile));
             ExportReader reader = new ExportReader(in)) {
            row = reader.next();
        }
        if (row == null || !row.hasEntry()) {
            return List.of(eventFile + " holds no exported event.");
        }
        List<String> failures = new ArrayList<>();
        if (row.hasLink() && row.link().position() != proof.position()) {
            failures.add(eventFile + " is the event at position " + row.link().position() + ", not "
                    + proof.position() + ".");
        }
        if (!row.entry().entryHash(proof.position()).equalsIgnoreCase(proof.entryHash())) {
            failures.add("The event in " + eventFile + " does not hash to the proof's entry hash at position "
                    + proof.position() + ": it is another event, or it was changed.");
        }
        return failures;
    }

    static byte[] hash(String hex, String what) {
        if (hex == null || !hex.trim().matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(what + " must be a hash of 64 hex digits");
        }
        return HEX.parseHex(hex.trim().toLowerCase());
    }
}
