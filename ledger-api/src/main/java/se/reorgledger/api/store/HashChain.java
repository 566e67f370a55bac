package se.reorgledger.api.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * Keeps the hash chain, inside the transaction that appends events: {@link #lock()} takes the ledger-wide
 * lock (the head row), {@link #extend(LedgerHead)} chains every event appended since.
 */
public class HashChain {

    private static final RowMapper<LedgerHead> HEAD = (rs, row) -> new LedgerHead(rs.getLong("position"),
            rs.getLong("global_index"), rs.getString("chain_hash"),
            rs.getString("recorded_at") == null ? null : Instant.parse(rs.getString("recorded_at")));

    private final JdbcTemplate jdbc;

    public HashChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the ledger-wide append lock until the transaction ends, and returns the head it guards. */
    public LedgerHead lock() {
        return jdbc.queryForObject(
                "SELECT position, global_index, chain_hash, recorded_at FROM ledger_head WHERE id = 1 FOR UPDATE",
                HEAD);
    }

    public LedgerHead head() {
        return jdbc.queryForObject("SELECT position, global_index, chain_hash, recorded_at FROM ledger_head WHERE id = 1",
                HEAD);
    }

    /** The chain hash of the event at {@code position}, or null when the chain holds none there. */
    public String chainHashAt(long position) {
        List<String> hashes = jdbc.queryForList("SELECT chain_hash FROM ledger_chain WHERE position = ?", String.class,
                position);
        return hashes.isEmpty() ? null : hashes.get(0);
    }

    /** The chain hash of the event at {@code globalIndex} in the event table, or null when it is not chained. */
    public String chainHashAtGlobalIndex(long globalIndex) {
        List<String> hashes = jdbc.queryForList("SELECT chain_hash FROM ledger_chain WHERE global_index = ?",
                String.class, globalIndex);
        return hashes.isEmpty() ? null : hashes.get(0);
    }

    /** Chains the events appended after {@code head} in this transaction and moves the head past them. */
    public LedgerHead extend(LedgerHead head, Instant recordedAt) {
        List<StoredEvent> appended = jdbc.query(EventTable.LEDGER.selectStoredEvents(
                EventTable.LEDGER.globalIndex() + " > ?"), EventTable.LEDGER.storedEvent(), head.globalIndex());
        long position = head.position();
        long globalIndex = head.globalIndex();
        String chainHash = head.chainHash();
        List<Object[]> links = new ArrayList<>(appended.size());
        for (StoredEvent event : appended) {
            position++;
            globalIndex = event.globalIndex();
            String entryHash = EntryHashing.entryHash(position, event);
            chainHash = EntryHashing.chainHash(chainHash, entryHash);
            links.add(new Object[] {position, globalIndex, entryHash, chainHash});
        }
        // One round trip for a whole package's links: the database, not the hashing, is the cost of chaining.
        jdbc.batchUpdate("INSERT INTO ledger_chain (position, global_index, entry_hash, chain_hash) VALUES (?, ?, ?, ?)",
                links);
        jdbc.update("UPDATE ledger_head SET position = ?, global_index = ?, chain_hash = ?, recorded_at = ? WHERE id = 1",
                position, globalIndex, chainHash, recordedAt.toString());
        return new LedgerHead(position, globalIndex, chainHash, recordedAt);
    }
}
