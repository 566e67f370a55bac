package se.reorgledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import se.reorgledger.integrity.merkle.ConsistencyProof;
import se.reorgledger.integrity.merkle.MerkleProofs;

/**
 * {@code verify-consistency}: checks that a ledger digest published earlier is the first part of a later one,
 * that is, that nothing it counted was changed or removed since. Exit code 0 only when proven.
 */
public final class VerifyConsistencyCommand implements VerifierCommand {

    private final String program;

    /** @param program how the auditor starts the program, for the usage text */
    public VerifyConsistencyCommand(String program) {
        this.program = program;
    }

    @Override
    public String name() {
        return "verify-consistency";
    }

    @Override
    public String usage() {
        return "verify-consistency <consistency.json> --from-root <earlier root> --to-root <later root>   "
                + "check a consistency proof";
    }

    @Override
    public String help() {
        return String.join(System.lineSeparator(), "usage: " + program + " " + usage(), "",
                "Checks a consistency proof (GET /api/v1/ledger/consistency?from=<earlier size>): that the ledger of an "
                + "earlier digest is the first part of a later one, so nothing it counted was changed or removed since.",
                "",
                "  --from-root <root>  the earlier Merkle root (64 hex digits)",
                "  --to-root <root>    the later Merkle root (64 hex digits)",
                "",
                "Exit code 0: proven; 1: not proven; 2: could not be checked.") + System.lineSeparator();
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (VerifierCommands.asksForHelp(arguments)) {
            out.print(help());
            return 0;
        }
        ConsistencyProof proof;
        byte[] fromRoot;
        byte[] toRoot;
        try {
            CommandArguments parsed = CommandArguments.parse(arguments, Set.of("from-root", "to-root"));
            if (parsed.files().size() != 1) {
                throw new IllegalArgumentException("give one proof file");
            }
            proof = OfflineJson.read(Path.of(parsed.files().get(0)), ConsistencyProof.class);
            if (!ConsistencyProof.FORMAT.equals(proof.format())) {
                throw new IllegalArgumentException(parsed.files().get(0) + " is not a consistency proof ("
                        + ConsistencyProof.FORMAT + ")");
            }
            fromRoot = VerifyProofCommand.hash(parsed.option("from-root"), "--from-root");
            toRoot = VerifyProofCommand.hash(parsed.option("to-root"), "--to-root");
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            err.println("usage: " + program + " " + usage());
            return 2;
        }
        List<byte[]> hashes = proof.proof().stream().map(h -> VerifyProofCommand.hash(h, "a hash of the proof"))
                .toList();
        if (proof.fromSize() < 1) {
            out.println("NOT PROVEN: a proof from an empty ledger says nothing about either root; take the earlier "
                    + "root from a digest of at least one event.");
            return 1;
        }
        if (MerkleProofs.verifyConsistency(proof.fromSize(), proof.toSize(), fromRoot, toRoot, hashes)) {
            out.println("PROVEN. The ledger of " + proof.fromSize() + " events is the first part of the ledger of "
                    + proof.toSize() + ": none of those " + proof.fromSize() + " events was changed or removed.");
            return 0;
        }
        out.println("NOT PROVEN: the proof does not join the root of " + proof.fromSize() + " events to the root of "
                + proof.toSize() + ". The earlier ledger was rewritten, or a root or the proof was changed.");
        return 1;
    }
}
