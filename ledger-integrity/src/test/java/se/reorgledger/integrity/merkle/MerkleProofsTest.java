package se.reorgledger.integrity.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.integrity.merkle.MerkleTreeTest.hex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An auditor's check of a proof accepts every proof the tree gives and refuses every altered one. */
class MerkleProofsTest {

    private static final int LEAVES = 70;

    private static MerkleTree treeOf(int leaves) {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < leaves; i++) {
            tree.appendLeaf(("leaf " + i).getBytes());
        }
        return tree;
    }

    @Test
    void everyAuditPathOfEveryTreeSizeVerifies() {
        MerkleTree tree = treeOf(LEAVES);
        for (long size = 1; size <= LEAVES; size++) {
            for (long index = 0; index < size; index++) {
                assertThat(MerkleProofs.verifyInclusion(index, size, tree.leafHash(index),
                        tree.inclusionProof(index, size), tree.root(size)))
                        .as("leaf %d of %d", index, size).isTrue();
            }
        }
    }

    @Test
    void anAuditPathProvesNothingForAnotherLeafIndexSizeRootOrAlteredHash() {
        MerkleTree tree = treeOf(LEAVES);
        for (long size = 2; size <= LEAVES; size += 7) {
            for (long index = 0; index < size; index += 3) {
                List<byte[]> path = tree.inclusionProof(index, size);
                byte[] leaf = tree.leafHash(index);
                byte[] root = tree.root(size);
                String at = "leaf " + index + " of " + size;
                assertThat(MerkleProofs.verifyInclusion(index + 1, size, leaf, path, root)).as(at).isFalse();
                assertThat(MerkleProofs.verifyInclusion(index ^ 2, size, leaf, path, root)).as(at).isFalse();
                assertThat(MerkleProofs.verifyInclusion(index, size * 2, leaf, path, root)).as(at).isFalse();
                assertThat(MerkleProofs.verifyInclusion(index, size / 2, leaf, path, root)).as(at).isFalse();
                assertThat(MerkleProofs.verifyInclusion(index, size, tree.leafHash((index + 1) % size), path, root))
                        .as(at).isFalse();
                assertThat(MerkleProofs.verifyInclusion(index, size, leaf, path, tree.root(size - 1))).as(at)
                        .isFalse();
                assertThat(MerkleProofs.verifyInclusion(index, size, leaf, withExtra(path, root), root)).as(at)
                        .isFalse();
                for (int i = 0; i < path.size(); i++) {
                    assertThat(MerkleProofs.verifyInclusion(index, size, leaf, flipped(path, i), root))
                            .as(at + " with hash %d altered", i).isFalse();
                }
                if (!path.isEmpty()) {
                    assertThat(MerkleProofs.verifyInclusion(index, size, leaf, path.subList(0, path.size() - 1),
                            root)).as(at).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenTwoSizesVerifies() {
        MerkleTree tree = treeOf(LEAVES);
        for (long to = 1; to <= LEAVES; to++) {
            for (long from = 1; from <= to; from++) {
                assertThat(MerkleProofs.verifyConsistency(from, to, tree.root(from), tree.root(to),
                        tree.consistencyProof(from, to))).as("%d to %d", from, to).isTrue();
            }
        }
    }

    @Test
    void aConsistencyProofProvesNothingForOtherSizesRootsOrAlteredHashes() {
        MerkleTree tree = treeOf(LEAVES);
        for (long to = 2; to <= LEAVES; to += 5) {
            for (long from = 1; from < to; from += 2) {
                List<byte[]> proof = tree.consistencyProof(from, to);
                byte[] fromRoot = tree.root(from);
                byte[] toRoot = tree.root(to);
                String at = from + " to " + to;
                assertThat(MerkleProofs.verifyConsistency(from + 1, to, fromRoot, toRoot, proof)).as(at).isFalse();
                assertThat(MerkleProofs.verifyConsistency(from ^ 2, to, fromRoot, toRoot, proof)).as(at).isFalse();
                assertThat(MerkleProofs.verifyConsistency(from, to * 2, fromRoot, toRoot, proof)).as(at).isFalse();
                assertThat(MerkleProofs.verifyConsistency(from, to / 2, fromRoot, toRoot, proof)).as(at).isFalse();
                assertThat(MerkleProofs.verifyConsistency(from, to, toRoot, fromRoot, proof)).as(at).isFalse();
                assertThat(MerkleProofs.verifyConsistency(from, to, tree.root(from - 1), toRoot, proof)).as(at)
                        .isFalse();
                assertThat(MerkleProofs.verifyConsistency(from, to, fromRoot, toRoot, List.of())).as(at).isFalse();
                assertThat(MerkleProofs.verifyConsistency(from, to, fromRoot, toRoot, withExtra(proof, toRoot)))
                        .as(at).isFalse();
                for (int i = 0; i < proof.size(); i++) {
                    assertThat(MerkleProofs.verifyConsistency(from, to, fromRoot, toRoot, flipped(proof, i)))
                            .as(at + " with hash %d altered", i).isFalse();
                }
            }
        }
    }

    @Test
    void theReferenceVectorsVerifyAsGiven() {
        MerkleTree tree = MerkleTreeTest.referenceTree();
        byte[] leafTwo = MerkleHashing.leafHash(MerkleTreeTest.LEAF_INPUTS.get(1));

        assertThat(MerkleProofs.verifyInclusion(1, 5, leafTwo, List.of(
                hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
                hex(MerkleTreeTest.ROOTS.get(5)))).isTrue();
        assertThat(MerkleProofs.verifyConsistency(6, 7, tree.root(6), hex(MerkleTreeTest.ROOTS.get(7)), List.of(
                hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                hex("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
                hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")))).isTrue();
    }

    @Test
    void trivialConsistencyHoldsOnlyWithAnEmptyProof() {
        byte[] root = MerkleTreeTest.referenceTree().root(3);

        assertThat(MerkleProofs.verifyConsistency(3, 3, root, root, List.of())).isTrue();
        assertThat(MerkleProofs.verifyConsistency(3, 3, root, root, List.of(root))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(3, 2, root, root, List.of())).isFalse();
    }

    @Test
    void aProofFromTheEmptyLedgerProvesNothingWhateverItsRoots() {
        byte[] root = MerkleTreeTest.referenceTree().root(3);
        byte[] notAHash = {1, 2, 3};

        assertThat(MerkleProofs.verifyConsistency(0, 3, MerkleHashing.emptyRoot(), root, List.of())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 3, notAHash, notAHash, List.of())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 0, MerkleHashing.emptyRoot(), MerkleHashing.emptyRoot(),
                List.of())).isFalse();
    }

    @Test
    void rootsThatAreNotHashesAreNeverConsistent() {
        byte[] root = MerkleTreeTest.referenceTree().root(3);
        byte[] shortRoot = Arrays.copyOf(root, 31);

        assertThat(MerkleProofs.verifyConsistency(3, 3, shortRoot, shortRoot, List.of())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(3, 3, null, null, List.of())).isFalse();
    }

    private static List<byte[]> flipped(List<byte[]> hashes, int index) {
        List<byte[]> copy = new ArrayList<>(hashes);
        byte[] altered = copy.get(index).clone();
        altered[0] ^= 8;
        copy.set(index, altered);
        return copy;
    }

    private static List<byte[]> withExtra(List<byte[]> hashes, byte[] extra) {
        List<byte[]> copy = new ArrayList<>(hashes);
        copy.add(extra);
        return copy;
    }
}
