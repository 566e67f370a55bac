package se.reorgledger.api.store.journal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import se.reorgledger.api.store.LedgerHead;

/** The event table's rows with their links, as the journal takes them from the store and gives them back. */
final class JournalRows {

    private static final RowMapper<JournalEvent> EVENT = (rs, row) -> new JournalEvent(rs.getLong("position"),
            rs.getLong("global_index"), rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
            rs.getLong("sequence_number"), rs.getString("type"), rs.getString("time_stamp"),
            rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
            rs.getBytes("meta_data"), rs.getString("entry_hash"), rs.getString("chain_hash"));

    private final JdbcTemplate jdbc;

    JournalRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The events at positions after {@code after} up to {@code upTo}, in order. */
    List<JournalEvent> between(long after, long upTo) {
        return jdbc.query("SELECT c.position, c.entry_hash, c.chain_hash, e.global_index, e.event_identifier, "
                + "e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp, e.payload_type, "
                + "e.payload_revision, e.payload, e.meta_data FROM ledger_chain c JOIN domain_event_entry e "
                + "ON e.global_index = c.global_index WHERE c.position > ? AND c.position <= ? ORDER BY c.position",
                EVENT, after, upTo);
    }

    /** Puts journaled events back, exactly as they were, with their links (in the caller's transaction). */
    void restore(List<JournalEvent> events) {
        jdbc.batchUpdate("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events.stream().map(e -> new Object[] {e.globalIndex(),
                e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(), e.timeStamp(),
                e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()}).toList());
        jdbc.batchUpdate("INSERT INTO ledger_chain (position, global_index, entry_hash, chain_hash) VALUES (?, ?, ?, ?)",
                events.stream().map(e -> new Object[] {e.position(), e.globalIndex(), e.entryHash(), e.chainHash()})
                        .toList());
    }

    /** Moves the head to the journal's, and the event table's numbering past every restored global index. */
    void moveHead(JournalHead head) {
        jdbc.update("UPDATE ledger_head SET position = ?, global_index = ?, chain_hash = ?, recorded_at = ? WHERE id = 1",
                head.position(), head.globalIndex(), head.chainHash(),
                head.recordedAt() == null ? null : head.recordedAt().toString());
        Long highest = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        // DDL takes no parameters; the number is the table's own.
        jdbc.execute("ALTER TABLE domain_event_entry ALTER COLUMN global_index RESTART WITH "
                + ((highest == null ? 0 : highest) + 1));
    }

    LedgerHead head() {
        return jdbc.queryForObject("SELECT position, global_index, chain_hash, recorded_at FROM ledger_head WHERE id = 1",
                (rs, row) -> new LedgerHead(rs.getLong("position"), rs.getLong("global_index"),
                        rs.getString("chain_hash"), rs.getString("recorded_at") == null ? null
                        : java.time.Instant.parse(rs.getString("recorded_at"))));
    }

    /** The chain hash at {@code position} in the store (the genesis hash at 0), or null when it has none there. */
    String chainHashAt(long position) {
        if (position == 0) {
            return se.reorgledger.integrity.chain.EntryHashing.GENESIS;
        }
        List<String> hashes = jdbc.queryForList("SELECT chain_hash FROM ledger_chain WHERE position = ?",
                String.class, position);
        return hashes.isEmpty() ? null : hashes.get(0);
    }
}
