package se.reorgledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.SyntheticLedger;
import se.reorgledger.integrity.merkle.ConsistencyProof;
import se.reorgledger.integrity.merkle.InclusionProof;
import se.reorgledger.integrity.merkle.MerkleHashing;
import se.reorgledger.integrity.merkle.MerkleTree;
import se.reorgledger.integrity.offline.ExportFiles;

/** One event proven part of a published ledger without the export, and a later ledger proven to extend an earlier. */
class VerifyProofCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path folder;

    final SyntheticLedger ledger = SyntheticLedger.of(11);
    final MerkleTree tree = new MerkleTree();

    VerifyProofCommandTest() {
        ledger.links.forEach(link -> tree.appendLeaf(HEX.parseHex(link.entryHash())));
    }

    @Test
    void aProofOfAnEventUnderThePublishedRootIsProvenWithAndWithoutItsExportedLine() throws IOException {
        Path proof = proofFile(6, 11);
        Path line = eventLine(6);
        String root = HEX.formatHex(tree.root(11));

        CommandRun withoutEvent = CommandRun.of(new VerifyProofCommand(Verifier.PROGRAM), proof.toString(), "--root", root);
        CommandRun withEvent = CommandRun.of(new VerifyProofCommand(Verifier.PROGRAM), proof.toString(), "--root", root, "--event",
                line.toString());

        assertThat(withoutEvent.exitCode()).as(withoutEvent.out()).isZero();
        assertThat(withoutEvent.out()).contains("PROVEN. The event at position 6");
        assertThat(withEvent.exitCode()).as(withEvent.out()).isZero();
        assertThat(withEvent.out()).contains("byte for byte");
    }

    @Test
    void aProofUnderAnotherRootOrForAnotherEventIsNotProven() throws IOException {
        Path proof = proofFile(6, 11);
        String root = HEX.formatHex(tree.root(11));

        CommandRun otherRoot = CommandRun.of(new VerifyProofCommand(Verifier.PROGRAM), proof.toString(), "--root",
                HEX.formatHex(tree.root(10)));
        CommandRun otherEvent = CommandRun.of(new VerifyProofCommand(Verifier.PROGRAM), proof.toString(), "--root", root, "--event",
                eventLine(7).toString());
        List<String> lines = Files.readAllLines(eventLine(6));
        Path changed = Files.writeString(folder.resolve("changed.ndjson"), lines.get(0).replace("Enhet 6", "Enhet 9"));
        CommandRun changedEvent = CommandRun.of(new VerifyProofCommand(Verifier.PROGRAM), proof.toString(), "--root", root,
                "--event", changed.toString());

        assertThat(otherRoot.exitCode()).isEqualTo(1);
        assertThat(otherRoot.out()).contains("NOT PROVEN", "does not lead from the event's leaf to the root");
        assertThat(otherEvent.exitCode()).isEqualTo(1);
        assertThat(otherEvent.out()).contains("is the event at position 7, not 6");
        assertThat(changedEvent.exitCode()).isEqualTo(1);
        assertThat(changedEvent.out()).contains("does not hash to the proof's entry hash");
    }

    @Test
    void aConsistencyProofBetweenTwoPublishedRootsIsProvenAndAForgedRootIsNot() throws IOException {
        ConsistencyProof consistency = new ConsistencyProof(ConsistencyProof.FORMAT, 4, 11,
                HEX.formatHex(tree.root(4)), HEX.formatHex(tree.root(11)),
                tree.consistencyProof(4, 11).stream().map(HEX::formatHex).toList());
        Path file = folder.resolve("consistency.json");
        JSON.writeValue(file.toFile(), consistency);

        CommandRun proven = CommandRun.of(new VerifyConsistencyCommand(Verifier.PROGRAM), file.toString(), "--from-root",
                consistency.fromRoot(), "--to-root", consistency.toRoot());
        CommandRun forged = CommandRun.of(new VerifyConsistencyCommand(Verifier.PROGRAM), file.toString(), "--from-root",
                HEX.formatHex(tree.root(5)), "--to-root", consistency.toRoot());

        assertThat(proven.exitCode()).as(proven.out()).isZero();
        assertThat(forged.exitCode()).isEqualTo(1);
        assertThat(CommandRun.of(new VerifyProofCommand(Verifier.PROGRAM), file.toString(), "--root", consistency.toRoot())
                .exitCode()).isEqualTo(2);
    }

    private Path proofFile(long position, long treeSize) throws IOException {
        ChainLink link = ledger.linkAt(position);
        InclusionProof proof = new InclusionProof(InclusionProof.FORMAT, position, position - 1, treeSize,
                link.entryHash(), HEX.formatHex(MerkleHashing.leafHash(HEX.parseHex(link.entryHash()))),
                tree.inclusionProof(position - 1, treeSize).stream().map(HEX::formatHex).toList(),
                HEX.formatHex(tree.root(treeSize)));
        Path file = folder.resolve("proof-" + position + ".json");
        JSON.writeValue(file.toFile(), proof);
        return file;
    }

    private Path eventLine(int position) throws IOException {
        Path export = ExportFiles.write(ledger, folder.resolve("export.ndjson"));
        return Files.writeString(folder.resolve("event-" + position + ".ndjson"),
                ExportFiles.lines(export).get(position - 1) + "\n");
    }
}
