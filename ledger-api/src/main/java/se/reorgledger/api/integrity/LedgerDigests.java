package se.reorgledger.api.integrity;

import java.util.Optional;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.api.store.LedgerHead;
import se.reorgledger.integrity.chain.LedgerDigest;

/** The ledger's digest now: its head with the Merkle root over the same events. */
@Component
public class LedgerDigests {

    private final HashChain chain;
    private final LedgerMerkleTree tree;

    public LedgerDigests(HashChain chain, LedgerMerkleTree tree) {
        this.chain = chain;
        this.tree = tree;
    }

    /**
     * The head with the Merkle root over its events. If the chain has a gap or a broken record before the head,
     * the tree stops there and {@code treeSize} says so, smaller than {@code position}.
     */
    public LedgerDigest current() {
        return of(chain.head());
    }

    /** The digest, or empty when the head row is gone: only a superuser can delete it, and only with triggers off. */
    public Optional<LedgerDigest> find() {
        try {
            return Optional.of(current());
        } catch (EmptyResultDataAccessException noHeadRow) {
            return Optional.empty();
        }
    }

    private LedgerDigest of(LedgerHead head) {
        long treeSize = tree.catchUp(head.position());
        return new LedgerDigest(head.position(), head.globalIndex(), head.chainHash(), head.recordedAt(), treeSize,
                tree.root(treeSize));
    }
}
