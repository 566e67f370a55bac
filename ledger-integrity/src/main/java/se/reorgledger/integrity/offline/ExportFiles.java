package se.reorgledger.integrity.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.integrity.chain.SyntheticLedger;
import se.reorgledger.integrity.export.ExportTrailer;
import se.reorgledger.integrity.export.ExportWriter;
import se.reorgledger.integrity.merkle.MerkleTree;

/**
 * Export files of synthetic ledgers, written as the service writes them, and edited line by line as text: for the
 * verifier's self-test and the tests of this module.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static Path write(SyntheticLedger ledger, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ExportWriter writer = new ExportWriter(out)) {
            for (var row : ledger.rows()) {
                writer.write(row);
            }
            writer.write(new ExportTrailer(ledger.head, 1, ledger.head.position(), EntryHashing.GENESIS));
        }
        return file;
    }

    public static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static Path rewrite(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** The ledger's head with its Merkle root, as GET /api/v1/ledger/head gives it. */
    public static LedgerDigest headOf(SyntheticLedger ledger) {
        MerkleTree tree = new MerkleTree();
        ledger.links.forEach(link -> tree.appendLeaf(HexFormat.of().parseHex(link.entryHash())));
        LedgerDigest head = ledger.head;
        return new LedgerDigest(head.position(), head.globalIndex(), head.chainHash(), head.recordedAt(), tree.size(),
                HexFormat.of().formatHex(tree.root(tree.size())));
    }
}
