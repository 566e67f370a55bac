package se.reorgledger.api.store.journal;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import se.reorgledger.api.store.EventTable;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.api.store.LedgerHead;
import se.reorgledger.integrity.chain.EntryHashing;

/** The event table's rows with their links, as the journal takes them from the store and gives them back. */
final class JournalRows {

    private static final EventSchema COLUMNS = EventTable.LEDGER.schema();

    private static final RowMapper<JournalEvent> EVENT = (rs, row) -> new JournalEvent(rs.getLong("position"),
            rs.getLong(COLUMNS.globalIndexColumn()), rs.getString(COLUMNS.eventIdentifierColumn()),
            rs.getString(COLUMNS.aggregateIdentifierColumn()), rs.getLong(COLUMNS.sequenceNumberColumn()),
            rs.getString(COLUMNS.typeColumn()), rs.getString(COLUMNS.timestampColumn()),
            rs.getString(COLUMNS.payloadTypeColumn()), rs.getString(COLUMNS.payloadRevisionColumn()),
            rs.getBytes(COLUMNS.payloadColumn()), rs.getBytes(COLUMNS.metaDataColumn()), rs.getString("entry_hash"),
            rs.getString("chain_hash"));

    /** The events with their links, by position: the event table's rows joined to the chain's. */
    private static final String BETWEEN = "SELECT c.position, c.entry_hash, c.chain_hash, "
            + EventTable.LEDGER.allColumns().replaceAll("(\\w+)", "e.$1") + " FROM ledger_chain c JOIN "
            + EventTable.LEDGER.table() + " e ON e." + COLUMNS.globalIndexColumn() + " = c.global_index "
            + "WHERE c.position > ? AND c.position <= ? ORDER BY c.position";

    private static final String RESTORE = "INSERT INTO " + EventTable.LEDGER.table() + " ("
            + EventTable.LEDGER.allColumns() + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final HashChain chain;

    JournalRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.chain = new HashChain(jdbc);
    }

    /** The events at positions after {@code after} up to {@code upTo}, in order. */
    List<JournalEvent> between(long after, long upTo) {
        return jdbc.query(BETWEEN, EVENT, after, upTo);
    }

    /** Puts journaled events back, exactly as they were, with their links (in the caller's transaction). */
    void restore(List<JournalEvent> events) {
        // In the order of EventTable.allColumns().
        jdbc.batchUpdate(RESTORE, events.stream().map(e -> new Object[] {e.globalIndex(),
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
        Long highest = jdbc.queryForObject("SELECT MAX(" + COLUMNS.globalIndexColumn() + ") FROM "
                + EventTable.LEDGER.table(), Long.class);
        // DDL takes no parameters; the number is the table's own.
        jdbc.execute("ALTER TABLE " + EventTable.LEDGER.table() + " ALTER COLUMN " + COLUMNS.globalIndexColumn()
                + " RESTART WITH " + ((highest == null ? 0 : highest) + 1));
    }

    LedgerHead head() {
        return chain.head();
    }

    /** The chain hash at {@code position} in the store (the genesis hash at 0), or null when it has none there. */
    String chainHashAt(long position) {
        return position == 0 ? EntryHashing.GENESIS : chain.chainHashAt(position);
    }
}
