package se.reorgledger.integrity.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.integrity.chain.SyntheticLedger;
import se.reorgledger.integrity.chain.TrustedDigest;
import se.reorgledger.integrity.chain.Verification;
import se.reorgledger.integrity.merkle.MerkleTree;

/**
 * Reading intact chunks as runs is only a shortcut: on any tampering of an export, wherever its chunks end and
 * whatever digest it is checked against, the verification says word for word what the walk of rows says.
 */
class IntactRunsTest {

    private static final int EVENTS = 40;

    @TempDir
    Path folder;

    @Test
    void randomTamperingsAreFoundAsTheWalkOfRowsFindsThem() throws IOException {
        Random random = new Random(20261129);
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        List<TrustedDigest> digests = Arrays.asList(null, TrustedDigest.of(ExportFiles.headOf(ledger)),
                TrustedDigest.chainHash(ledger.head.chainHash()), digestAt(ledger, 17), digestAt(ledger, 33));
        int intact = 0;
        for (int trial = 0; trial < 120; trial++) {
            Path export = ExportFiles.write(ledger, folder.resolve("trial" + trial + ".ndjson"));
            List<String> lines = ExportFiles.lines(export);
            int edits = trial % 10 == 0 ? 0 : 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                edit(lines, random);
            }
            ExportFiles.rewrite(export, lines);
            for (TrustedDigest trusted : digests) {
                Verification rows = ExportVerification.verify(export, trusted, 1, ExportVerification.Lanes.ROWS_ONLY);
                intact += rows.intact() ? 1 : 0;
                for (int chunkBytes : new int[] {1, 700 + random.nextInt(6000), 20_000 + random.nextInt(20_000)}) {
                    assertThat(ExportVerification.verify(export, trusted, chunkBytes))
                            .as("trial %d, chunks of %d bytes, digest %s", trial, chunkBytes, trusted)
                            .isEqualTo(rows);
                }
            }
        }
        assertThat(intact).as("untouched exports among the trials").isPositive();
    }

    /** One edit of the file as text, at random lines (the head line, last, is left alone). */
    private static void edit(List<String> lines, Random random) {
        int events = lines.size() - 1;
        int i = random.nextInt(events);
        int j = random.nextInt(events);
        switch (random.nextInt(8)) {
            case 0 -> lines.set(i, lines.get(i).replace("Enhet ", "Enhet X"));
            case 1 -> lines.remove(i);
            case 2 -> Collections.swap(lines, i, Math.min(events - 1, i + 1 + random.nextInt(8)));
            case 3 -> lines.add(j, lines.get(i));
            case 4 -> lines.set(i, withHash(lines.get(i), "chainHash", hash -> (hash.startsWith("0") ? "1" : "0")
                    + hash.substring(1)));
            case 5 -> lines.set(i, lines.get(i).replaceFirst("\"position\":(\\d+)", "\"position\":" + (j + 1)));
            case 6 -> lines.set(i, withHash(lines.get(i), "entryHash", String::toUpperCase));
            default -> lines.add(i, "");
        }
    }

    /** The line with the hash under {@code key} edited, or as it is when it has none. */
    private static String withHash(String line, String key, UnaryOperator<String> edit) {
        int at = line.indexOf("\"" + key + "\":\"");
        if (at < 0) {
            return line;
        }
        int from = at + key.length() + 4;
        return line.substring(0, from) + edit.apply(line.substring(from, from + 64)) + line.substring(from + 64);
    }

    /** The digest of the ledger when it held its first {@code position} events. */
    private static TrustedDigest digestAt(SyntheticLedger ledger, int position) {
        MerkleTree tree = new MerkleTree();
        ledger.links.stream().limit(position)
                .forEach(link -> tree.appendLeaf(HexFormat.of().parseHex(link.entryHash())));
        ChainLink link = ledger.linkAt(position);
        return TrustedDigest.of(new LedgerDigest(position, link.globalIndex(), link.chainHash(), null, position,
                HexFormat.of().formatHex(tree.root(tree.size()))));
    }
}
