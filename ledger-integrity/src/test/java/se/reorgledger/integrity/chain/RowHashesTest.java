package se.reorgledger.integrity.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.reorgledger.integrity.merkle.MerkleHashing;
import se.reorgledger.integrity.merkle.MerkleTree;

/**
 * Hashes computed ahead of the walk are only a shortcut: for intact and tampered ledgers alike, in batches of any
 * size, they are what the walk would compute itself, and the verification with them is the verification without.
 */
class RowHashesTest {

    static final int EVENTS = 40;

    @Test
    void eachHashAheadIsWhatTheWalkWouldComputeItself() {
        Random random = new Random(20261129);
        for (int trial = 0; trial < 300; trial++) {
            List<LedgerRow> rows = tampered(random).rows();
            RowHashes[] hashes = hashesOf(rows, true);
            for (int i = 0; i < rows.size(); i++) {
                LedgerRow row = rows.get(i);
                RowHashes ahead = hashes[i];
                String entryHash = row.hasEntry() && row.hasLink() ? row.entry().entryHash(row.link().position())
                        : null;
                assertThat(ahead.entryHashAtLink).as("trial %d row %d", trial, i).isEqualTo(entryHash);
                assertThat(ahead.leafAtLink).isEqualTo(entryHash == null ? null
                        : MerkleHashing.leafHash(HexFormat.of().parseHex(entryHash)));
                ChainLink before = i == 0 ? null : rows.get(i - 1).link();
                if (before == null || !row.hasLink() || before.chainHash() == null || row.link().entryHash() == null) {
                    assertThat(ahead.stepFromRowBefore).isNull();
                } else {
                    assertThat(ahead.stepFromRowBefore).isEqualTo(new ChainStep(before.chainHash(),
                            row.link().entryHash(), ChainHashes.next(before.chainHash(), row.link().entryHash())));
                }
            }
        }
    }

    @Test
    void leavesAreComputedOnlyWhenAskedFor() {
        for (RowHashes ahead : hashesOf(SyntheticLedger.of(5).rows(), false)) {
            assertThat(ahead.entryHashAtLink).isNotNull();
            assertThat(ahead.leafAtLink).isNull();
        }
    }

    @Test
    void aVerificationWithHashesAheadIsTheVerificationWithout() {
        Random random = new Random(1129);
        int tampered = 0;
        for (int trial = 0; trial < 400; trial++) {
            SyntheticLedger original = SyntheticLedger.of(EVENTS);
            List<TrustedDigest> digests = digestsOf(original);
            SyntheticLedger ledger = trial % 10 == 0 ? original : tampered(random);
            List<LedgerRow> rows = ledger.rows();
            for (TrustedDigest trusted : digests) {
                Verification without = verify(ledger.head, trusted, rows, null);
                Verification with = verify(ledger.head, trusted, rows, random);
                assertThat(with).as("trial %d, digest %s", trial, trusted).isEqualTo(without);
                tampered += without.intact() ? 0 : 1;
            }
        }
        assertThat(tampered).as("the trials must mostly be of tampered ledgers").isGreaterThan(1000);
    }

    /** The rows walked one by one, or (with {@code batches}) with hashes computed ahead over batches of any size. */
    private static Verification verify(LedgerDigest head, TrustedDigest trusted, List<LedgerRow> rows,
                                       Random batches) {
        ChainVerifier verifier = new ChainVerifier(VerificationScope.wholeLedger(head), trusted);
        if (batches == null) {
            rows.forEach(verifier::accept);
            return verifier.finish();
        }
        for (int from = 0; from < rows.size(); ) {
            int to = Math.min(rows.size(), from + 1 + batches.nextInt(12));
            List<LedgerRow> batch = rows.subList(from, to);
            RowHashes[] hashes = hashesOf(batch, trusted != null && trusted.treeSize() != null);
            for (int i = 0; i < batch.size(); i++) {
                verifier.accept(batch.get(i), hashes[i]);
            }
            from = to;
        }
        return verifier.finish();
    }

    private static List<TrustedDigest> digestsOf(SyntheticLedger ledger) {
        MerkleTree tree = new MerkleTree();
        ledger.links.forEach(link -> tree.appendLeaf(HexFormat.of().parseHex(link.entryHash())));
        LedgerDigest head = ledger.head;
        List<TrustedDigest> digests = new ArrayList<>();
        digests.add(null);
        digests.add(TrustedDigest.of(new LedgerDigest(head.position(), head.globalIndex(), head.chainHash(),
                head.recordedAt(), tree.size(), HexFormat.of().formatHex(tree.root(tree.size())))));
        digests.add(TrustedDigest.chainHash(head.chainHash()));
        ChainLink earlier = ledger.linkAt(EVENTS / 2);
        digests.add(new TrustedDigest(earlier.position(), earlier.chainHash(), earlier.position(),
                HexFormat.of().formatHex(tree.root(earlier.position()))));
        return digests;
    }

    /** A ledger with one to three random edits of the kinds a superuser can make, rows and hashes alike. */
    static SyntheticLedger tampered(Random random) {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            long p = 1 + random.nextInt(EVENTS);
            long q = 1 + random.nextInt(EVENTS);
            if (ledger.links.stream().noneMatch(link -> link.position() == p)
                    || ledger.links.stream().noneMatch(link -> link.position() == q)) {
                continue;
            }
            try {
                edit(ledger, random.nextInt(14), p, q);
            } catch (IllegalArgumentException eventAlreadyGone) {
                // The event at that position was deleted by an earlier edit; the ledger stays as it is.
            }
        }
        return ledger;
    }

    private static void edit(SyntheticLedger ledger, int kind, long p, long q) {
        switch (kind) {
            case 0 -> ledger.editEvent(p, event -> {
                byte[] payload = event.payload().clone();
                payload[payload.length / 2] ^= 1;
                return SyntheticLedger.withPayload(event, payload);
            });
            case 1 -> ledger.editLink(p, link -> new ChainLink(link.position(), link.globalIndex(),
                    link.entryHash().toUpperCase(Locale.ROOT), link.chainHash()));
            case 2 -> ledger.editLink(p, link -> new ChainLink(link.position(), link.globalIndex(),
                    link.entryHash(), link.chainHash().toUpperCase(Locale.ROOT)));
            case 3 -> ledger.editLink(p, link -> new ChainLink(link.position(), link.globalIndex(), null,
                    "not a hash"));
            case 4 -> ledger.editLink(p, link -> new ChainLink(link.position(), link.globalIndex(),
                    link.entryHash(), "ab".repeat(32)));
            case 5 -> ledger.editLink(p, link -> new ChainLink(link.position(), link.globalIndex(),
                    "g" + link.entryHash().substring(1), link.chainHash()));
            case 6 -> ledger.deleteEvent(p);
            case 7 -> ledger.deleteLink(p);
            case 8 -> {
                ledger.deleteEvent(p);
                ledger.deleteLink(p);
            }
            case 9 -> ledger.exchangeEventIndexes(p, q);
            case 10 -> ledger.exchangeLinkIndexes(p, q);
            case 11 -> ledger.editLink(p, link -> new ChainLink(link.position() + 1, link.globalIndex(),
                    link.entryHash(), link.chainHash()));
            case 12 -> {
                ledger.editEvent(p, event -> SyntheticLedger.withPayload(event, "{}".getBytes()));
                ledger.rechainEverything();
            }
            default -> {
                ChainLink other = ledger.linkAt(q);
                ledger.editLink(p, link -> new ChainLink(link.position(), link.globalIndex(), other.entryHash(),
                        other.chainHash()));
            }
        }
    }

    /** The hashes of consecutive rows, one for each, as the export's workers compute them. */
    private static RowHashes[] hashesOf(List<LedgerRow> rows, boolean leaves) {
        RowHashes[] hashes = new RowHashes[rows.size()];
        RowHashes.Batch batch = new RowHashes.Batch(leaves);
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = batch.next(rows.get(i), null);
        }
        return hashes;
    }
}
