package se.reorgledger.api.integrity;

import java.util.HexFormat;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.integrity.chain.ChainHashes;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.merkle.MerkleTree;

/**
 * The Merkle tree over the entry hashes of the chain, in memory: built from the chain table when the service
 * starts and brought up to date whenever it is read, from committed links only, so it never holds a leaf that an
 * append rolled back. About 64 bytes per event (64 MB for a million).
 */
@Component
public class LedgerMerkleTree {

    private static final int BATCH = 10_000;
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcTemplate jdbc;
    private final HashChain chain;
    private final MerkleTree tree = new MerkleTree();

    public LedgerMerkleTree(JdbcTemplate jdbc, HashChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void buildAtStart() {
        catchUp(chain.head().position());
    }

    /**
     * Brings the tree up to the link at {@code position}, as far as the chain goes without a gap or a record that
     * is no hash (verification says what is wrong there); returns the tree's size.
     */
    public synchronized long catchUp(long position) {
        while (tree.size() < position) {
            long before = tree.size();
            List<ChainLink> links = jdbc.query("SELECT position, entry_hash FROM ledger_chain WHERE position > ? "
                    + "AND position <= ? ORDER BY position LIMIT " + BATCH,
                    (rs, row) -> new ChainLink(rs.getLong(1), 0, rs.getString(2), null), before, position);
            for (ChainLink link : links) {
                if (link.position() != tree.size() + 1 || !ChainHashes.isHash(link.entryHash())) {
                    return tree.size();
                }
                tree.appendLeaf(HEX.parseHex(link.entryHash()));
            }
            if (tree.size() == before) {
                return tree.size();
            }
        }
        return tree.size();
    }

    public synchronized String root(long treeSize) {
        return HEX.formatHex(tree.root(treeSize));
    }

    public synchronized String leafHash(long position) {
        return HEX.formatHex(tree.leafHash(position - 1));
    }

    public synchronized List<String> inclusionProof(long position, long treeSize) {
        return tree.inclusionProof(position - 1, treeSize).stream().map(HEX::formatHex).toList();
    }

    public synchronized List<String> consistencyProof(long fromSize, long toSize) {
        return tree.consistencyProof(fromSize, toSize).stream().map(HEX::formatHex).toList();
    }
}
