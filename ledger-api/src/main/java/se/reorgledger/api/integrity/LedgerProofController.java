package se.reorgledger.api.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HexFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.integrity.chain.ChainHashes;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.merkle.ConsistencyProof;
import se.reorgledger.integrity.merkle.InclusionProof;
import se.reorgledger.integrity.merkle.MerkleHashing;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger integrity")
public class LedgerProofController {

    private static final HexFormat HEX = HexFormat.of();

    private final Snapshots snapshots;
    private final LedgerDigests digests;
    private final LedgerMerkleTree tree;
    private final LedgerRows rows;

    public LedgerProofController(Snapshots snapshots, LedgerDigests digests, LedgerMerkleTree tree, LedgerRows rows) {
        this.snapshots = snapshots;
        this.digests = digests;
        this.tree = tree;
        this.rows = rows;
    }

    @GetMapping("/proof/{position}")
    @Operation(summary = "Prove that one event is in the ledger",
            description = "The audit path of the event at a position in the Merkle tree of treeSize events (the "
                    + "whole ledger when omitted). With the event's exported line and a published Merkle root, an "
                    + "auditor checks it offline: ledger-verifier.jar verify-proof (or the service jar).")
    public InclusionProof proof(@PathVariable long position, @RequestParam(required = false) Long treeSize) {
        return snapshots.read(() -> {
            long size = treeSize(treeSize, "treeSize");
            if (position < 1 || position > size) {
                throw new OutOfRangeException("position", "must be from 1 to the tree size " + size + " (got "
                        + position + ")");
            }
            ChainLink link = rows.linkAt(position);
            String leafHash = tree.leafHash(position);
            if (link == null || !ChainHashes.isHash(link.entryHash()) || !leafHash.equals(hex(MerkleHashing.leafHash(
                    HEX.parseHex(link.entryHash()))))) {
                throw new OutOfRangeException("position", "has a chain record that changed since the tree was built: "
                        + "GET /api/v1/ledger/verify says what happened");
            }
            return new InclusionProof(InclusionProof.FORMAT, position, position - 1, size, link.entryHash(), leafHash,
                    tree.inclusionProof(position, size), tree.root(size));
        });
    }

    @GetMapping("/consistency")
    @Operation(summary = "Prove that an earlier digest is a prefix of a later one",
            description = "The consistency proof between the Merkle roots of tree sizes from and to (to defaults "
                    + "to the whole ledger): the events counted in the earlier digest were neither changed nor "
                    + "removed since. Checked offline with ledger-verifier.jar verify-consistency (or the service "
                    + "jar).")
    public ConsistencyProof consistency(@RequestParam long from, @RequestParam(required = false) Long to) {
        return snapshots.read(() -> {
            long toSize = treeSize(to, "to");
            if (from < 1 || from > toSize) {
                throw new OutOfRangeException("from", "must be from 1 to " + toSize + " (got " + from + ")");
            }
            return new ConsistencyProof(ConsistencyProof.FORMAT, from, toSize, tree.root(from), tree.root(toSize),
                    tree.consistencyProof(from, toSize));
        });
    }

    @ExceptionHandler(OutOfRangeException.class)
    ProblemDetail outOfRange(OutOfRangeException e) {
        return e.problem();
    }

    private long treeSize(Long requested, String field) {
        long size = digests.current().treeSize();
        if (requested == null) {
            return size;
        }
        if (requested < 1 || requested > size) {
            throw new OutOfRangeException(field, "must be a tree size from 1 to " + size + " (got " + requested + ")");
        }
        return requested;
    }

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
