package se.reorgledger.integrity.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree against the RFC 6962 reference vectors that Certificate Transparency implementations share (the
 * eight leaf inputs and their roots, audit paths and consistency proofs), and against trees built by hand.
 */
class MerkleTreeTest {

    static final HexFormat HEX = HexFormat.of();

    static final List<byte[]> LEAF_INPUTS = List.of(hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"),
            hex("40414243"), hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

    /** The root of the tree of the first n leaf inputs, n = 0..8. */
    static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static MerkleTree referenceTree() {
        MerkleTree tree = new MerkleTree();
        LEAF_INPUTS.forEach(tree::appendLeaf);
        return tree;
    }

    @Test
    void theRootOfEverySizeOfTheReferenceTreeIsTheRfcVector() {
        MerkleTree tree = new MerkleTree();
        for (int size = 0; size <= 8; size++) {
            assertThat(hex(tree.root(size))).as("size %d while growing", size).isEqualTo(ROOTS.get(size));
            if (size < 8) {
                tree.appendLeaf(LEAF_INPUTS.get(size));
            }
        }
        for (int size = 0; size <= 8; size++) {
            assertThat(hex(tree.root(size))).as("size %d after growing", size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void unbalancedTreesSplitAtTheLargestPowerOfTwoBelowTheirSize() {
        byte[][] l = new byte[7][];
        for (int i = 0; i < 7; i++) {
            l[i] = MerkleHashing.leafHash(LEAF_INPUTS.get(i));
        }
        byte[] three = node(node(l[0], l[1]), l[2]);
        byte[] five = node(node(node(l[0], l[1]), node(l[2], l[3])), l[4]);
        byte[] seven = node(node(node(l[0], l[1]), node(l[2], l[3])), node(node(l[4], l[5]), l[6]));
        MerkleTree tree = referenceTree();

        assertThat(hex(tree.root(1))).isEqualTo(hex(l[0]));
        assertThat(hex(tree.root(3))).isEqualTo(hex(three));
        assertThat(hex(tree.root(5))).isEqualTo(hex(five));
        assertThat(hex(tree.root(7))).isEqualTo(hex(seven));
    }

    @Test
    void auditPathsAreTheRfcVectors() {
        MerkleTree tree = referenceTree();

        assertThat(hexes(tree.inclusionProof(0, 1))).isEmpty();
        assertThat(hexes(tree.inclusionProof(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hexes(tree.inclusionProof(5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hexes(tree.inclusionProof(2, 3))).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hexes(tree.inclusionProof(1, 5))).containsExactly(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void consistencyProofsAreTheRfcVectors() {
        MerkleTree tree = referenceTree();

        assertThat(hexes(tree.consistencyProof(1, 1))).isEmpty();
        assertThat(hexes(tree.consistencyProof(1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hexes(tree.consistencyProof(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hexes(tree.consistencyProof(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(hexes(tree.consistencyProof(6, 7))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void aStreamedRootEqualsTheTreesRootForEverySize() {
        MerkleTree tree = new MerkleTree();
        RunningMerkleRoot running = new RunningMerkleRoot();
        for (int size = 0; size <= 300; size++) {
            assertThat(hex(running.root())).as("size %d", size).isEqualTo(hex(tree.root(size)));
            byte[] leaf = MerkleHashing.leafHash(Integer.toString(size).getBytes());
            tree.appendLeafHash(leaf);
            running.appendLeafHash(leaf);
        }
    }

    @Test
    void aTreeRefusesSizesItHasNotReached() {
        MerkleTree tree = referenceTree();

        assertThatThrownBy(() -> tree.root(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(0, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] node(byte[] left, byte[] right) {
        return MerkleHashing.nodeHash(left, right);
    }

    static byte[] hex(String hex) {
        return HEX.parseHex(hex);
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static List<String> hexes(List<byte[]> hashes) {
        return hashes.stream().map(MerkleTreeTest::hex).toList();
    }
}
