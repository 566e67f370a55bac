package se.reorgledger.integrity.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared test vectors of transparency-dev/merkle (test resources {@code transparency-dev/}, see the README
 * there): every inclusion and consistency vector gets the verdict the vector asks for, and the tree gives the very
 * proofs and roots of the vectors' reference tree.
 */
class TransparencyDevVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();
    /**
     * Where this verifier is deliberately stricter than the Go library: two equal "roots" of 12 bytes at equal sizes
     * pass there, since it only compares them; here a root that is not a SHA-256 hash is never accepted.
     */
    private static final Map<String, String> STRICTER = Map.of("consistency/additional/"
            + "sizes-are-equal-one-and-proof-is-empty.json", "its roots are 12 bytes, not hashes");

    /** Indexes and sizes are Go's unsigned 64-bit numbers: some vectors use ones beyond a long. */
    record InclusionVector(BigInteger leafIdx, BigInteger treeSize, byte[] root, byte[] leafHash, List<byte[]> proof,
                           String desc, boolean wantErr) {
    }

    record ConsistencyVector(BigInteger size1, BigInteger size2, byte[] root1, byte[] root2, List<byte[]> proof,
                             String desc, boolean wantErr) {
    }

    record ReferenceTree(List<String> leafInputs, List<String> rootHashes) {
    }

    @TestFactory
    Stream<DynamicTest> everyInclusionVectorGetsItsVerdict() throws IOException {
        return vectors("inclusion").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            InclusionVector vector = JSON.readValue(file.toFile(), InclusionVector.class);
            boolean proven = fitsALong(vector.leafIdx(), vector.treeSize()) && MerkleProofs.verifyInclusion(
                    vector.leafIdx().longValueExact(), vector.treeSize().longValueExact(), vector.leafHash(),
                    orEmpty(vector.proof()), vector.root());
            assertThat(proven).as(vector.desc()).isEqualTo(!vector.wantErr());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConsistencyVectorGetsItsVerdict() throws IOException {
        return vectors("consistency").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            ConsistencyVector vector = JSON.readValue(file.toFile(), ConsistencyVector.class);
            boolean proven = fitsALong(vector.size1(), vector.size2()) && MerkleProofs.verifyConsistency(
                    vector.size1().longValueExact(), vector.size2().longValueExact(), vector.root1(), vector.root2(),
                    orEmpty(vector.proof()));
            boolean stricter = STRICTER.containsKey(name(file));
            assertThat(proven).as(vector.desc()).isEqualTo(!vector.wantErr() && !stricter);
        }));
    }

    @Test
    void theTreeHasTheRootOfEverySizeOfTheReferenceTree() throws IOException {
        ReferenceTree reference = reference();
        MerkleTree tree = referenceTree(reference);
        for (int size = 0; size < reference.rootHashes().size(); size++) {
            assertThat(HEX.formatHex(tree.root(size))).as("size %d", size).isEqualTo(reference.rootHashes().get(size));
        }
    }

    @TestFactory
    Stream<DynamicTest> theTreeGivesTheProofsOfTheHappyPaths() throws IOException {
        MerkleTree tree = referenceTree(reference());
        Stream<DynamicTest> inclusions = happyPaths("inclusion").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            InclusionVector vector = JSON.readValue(file.toFile(), InclusionVector.class);
            long index = vector.leafIdx().longValueExact();
            long size = vector.treeSize().longValueExact();
            assertThat(tree.leafHash(index)).isEqualTo(vector.leafHash());
            assertThat(tree.root(size)).isEqualTo(vector.root());
            assertThat(tree.inclusionProof(index, size))
                    .containsExactlyElementsOf(orEmpty(vector.proof()));
        }));
        Stream<DynamicTest> consistencies = happyPaths("consistency").map(file -> DynamicTest.dynamicTest(name(file),
                () -> {
                    ConsistencyVector vector = JSON.readValue(file.toFile(), ConsistencyVector.class);
                    long from = vector.size1().longValueExact();
                    long to = vector.size2().longValueExact();
                    assertThat(tree.root(from)).isEqualTo(vector.root1());
                    assertThat(tree.root(to)).isEqualTo(vector.root2());
                    assertThat(tree.consistencyProof(from, to))
                            .containsExactlyElementsOf(orEmpty(vector.proof()));
                }));
        return Stream.concat(inclusions, consistencies);
    }

    private static MerkleTree referenceTree(ReferenceTree reference) {
        MerkleTree tree = new MerkleTree();
        reference.leafInputs().forEach(leaf -> tree.appendLeaf(HEX.parseHex(leaf)));
        return tree;
    }

    private static ReferenceTree reference() throws IOException {
        return JSON.readValue(root().resolve("reference-tree.json").toFile(), ReferenceTree.class);
    }

    private static Stream<Path> happyPaths(String kind) throws IOException {
        return vectors(kind).filter(file -> file.getFileName().toString().equals("happy-path.json"));
    }

    private static Stream<Path> vectors(String kind) throws IOException {
        try (Stream<Path> files = Files.walk(root().resolve(kind))) {
            List<Path> vectors = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            assertThat(vectors).as("the %s vectors are in the test resources", kind).hasSizeGreaterThan(50);
            return vectors.stream();
        }
    }

    private static String name(Path file) {
        return root().relativize(file).toString().replace('\\', '/');
    }

    private static Path root() {
        try {
            return Path.of(Objects.requireNonNull(TransparencyDevVectorsTest.class.getResource("/transparency-dev"))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A proof about a size or index beyond a long is about no ledger: it proves nothing here. */
    private static boolean fitsALong(BigInteger... numbers) {
        return Stream.of(numbers).allMatch(number -> number.bitLength() < Long.SIZE);
    }

    private static List<byte[]> orEmpty(List<byte[]> proof) {
        return proof == null ? List.of() : proof;
    }
}
