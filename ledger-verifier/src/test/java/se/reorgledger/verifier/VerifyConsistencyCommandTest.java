package se.reorgledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.integrity.merkle.ConsistencyProof;
import se.reorgledger.integrity.merkle.MerkleTree;

/** {@code verify-consistency}: PROVEN only when the proof joins the two roots given. */
class VerifyConsistencyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path folder;

    @Test
    void aProofBetweenTwoRootsOfTheSameLedgerIsProven() throws IOException {
        MerkleTree tree = treeOf(7);
        Path proof = write(new ConsistencyProof(ConsistencyProof.FORMAT, 3, 7, HEX.formatHex(tree.root(3)),
                HEX.formatHex(tree.root(7)), tree.consistencyProof(3, 7).stream().map(HEX::formatHex).toList()));

        CommandRun proven = run(proof, tree.root(3), tree.root(7));
        CommandRun otherRoot = run(proof, tree.root(2), tree.root(7));

        assertThat(proven.exitCode()).as(proven.out()).isZero();
        assertThat(proven.out()).startsWith("PROVEN.");
        assertThat(otherRoot.exitCode()).isEqualTo(1);
    }

    @Test
    void aProofFromAnEmptyLedgerProvesNothingAboutAnyRoot() throws IOException {
        byte[] anyRoot = new byte[32];
        anyRoot[0] = 7;
        Path proof = write(new ConsistencyProof(ConsistencyProof.FORMAT, 0, 5, HEX.formatHex(treeOf(0).root(0)),
                HEX.formatHex(anyRoot), List.of()));

        CommandRun run = run(proof, treeOf(0).root(0), anyRoot);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("NOT PROVEN").contains("empty ledger");
    }

    private CommandRun run(Path proof, byte[] fromRoot, byte[] toRoot) {
        return CommandRun.of(new VerifyConsistencyCommand(Verifier.PROGRAM), proof.toString(), "--from-root",
                HEX.formatHex(fromRoot), "--to-root", HEX.formatHex(toRoot));
    }

    private Path write(ConsistencyProof proof) throws IOException {
        Path file = folder.resolve("consistency.json");
        JSON.writeValue(file.toFile(), proof);
        return file;
    }

    private static MerkleTree treeOf(int leaves) {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < leaves; i++) {
            tree.appendLeaf(("leaf " + i).getBytes());
        }
        return tree;
    }
}
