package se.reorgledger.api.integrity;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import se.reorgledger.api.store.EventTable;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.LedgerEntry;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * Reads the ledger's rows in the order of global index: the event table and the chain table each in batches by
 * their global index, merged, so that memory stays constant however long the ledger is. Every event and every
 * link is read, whether or not the other half exists; run it in one read-only transaction for a consistent view.
 */
@Component
public class LedgerRows {

    static final int BATCH = 1000;

    private static final RowMapper<ChainLink> LINK = (rs, row) -> new ChainLink(rs.getLong("position"),
            rs.getLong("global_index"), rs.getString("entry_hash"), rs.getString("chain_hash"));

    private final JdbcTemplate jdbc;

    public LedgerRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Passes every row whose global index lies in [{@code fromGlobalIndex}, {@code toGlobalIndex}] to {@code rows}. */
    public void forEach(long fromGlobalIndex, long toGlobalIndex, Consumer<LedgerRow> rows) {
        EventTable table = EventTable.LEDGER;
        String eventsInBatches = table.selectStoredEvents(table.globalIndex() + " > ? AND " + table.globalIndex()
                + " <= ?") + " LIMIT " + BATCH;
        Batches<StoredEvent> events = new Batches<>(after -> jdbc.query(eventsInBatches, table.storedEvent(), after,
                toGlobalIndex), StoredEvent::globalIndex, fromGlobalIndex);
        Batches<ChainLink> links = new Batches<>(after -> jdbc.query("SELECT position, global_index, entry_hash, "
                + "chain_hash FROM ledger_chain WHERE global_index > ? AND global_index <= ? "
                + "ORDER BY global_index LIMIT " + BATCH, LINK, after, toGlobalIndex),
                ChainLink::globalIndex, fromGlobalIndex);
        while (events.peek() != null || links.peek() != null) {
            StoredEvent event = events.peek();
            ChainLink link = links.peek();
            if (link == null || event != null && event.globalIndex() < link.globalIndex()) {
                rows.accept(LedgerRow.of(LedgerEntry.of(events.take()), null));
            } else if (event == null || link.globalIndex() < event.globalIndex()) {
                rows.accept(LedgerRow.of(null, links.take()));
            } else {
                rows.accept(LedgerRow.of(LedgerEntry.of(events.take()), links.take()));
            }
        }
    }

    /** The link at a position, or null when the chain has none there. */
    public ChainLink linkAt(long position) {
        List<ChainLink> links = jdbc.query("SELECT position, global_index, entry_hash, chain_hash FROM ledger_chain "
                + "WHERE position = ?", LINK, position);
        return links.isEmpty() ? null : links.get(0);
    }

    /** The links of the events at these global indexes, by global index; an index the chain has no link for is absent. */
    public Map<Long, ChainLink> linksAtGlobalIndexes(Collection<Long> globalIndexes) {
        Map<Long, ChainLink> links = new HashMap<>();
        List<Long> wanted = List.copyOf(globalIndexes);
        for (int from = 0; from < wanted.size(); from += BATCH) {
            List<Long> batch = wanted.subList(from, Math.min(wanted.size(), from + BATCH));
            String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
            jdbc.query("SELECT position, global_index, entry_hash, chain_hash FROM ledger_chain WHERE global_index IN ("
                    + marks + ")", LINK, batch.toArray()).forEach(link -> links.put(link.globalIndex(), link));
        }
        return links;
    }

    /** One table read in batches by global index, ascending, from just after a starting index. */
    private static final class Batches<T> {

        interface Query<T> {
            List<T> after(long globalIndex);
        }

        interface Key<T> {
            long of(T item);
        }

        private final Query<T> query;
        private final Key<T> key;
        private final Deque<T> batch = new ArrayDeque<>();
        private long after;
        private boolean exhausted;

        Batches(Query<T> query, Key<T> key, long fromInclusive) {
            this.query = query;
            this.key = key;
            this.after = fromInclusive == Long.MIN_VALUE ? Long.MIN_VALUE : fromInclusive - 1;
        }

        T peek() {
            if (batch.isEmpty() && !exhausted) {
                List<T> next = query.after(after);
                exhausted = next.size() < BATCH;
                batch.addAll(next);
                if (!next.isEmpty()) {
                    after = key.of(next.get(next.size() - 1));
                }
            }
            return batch.peekFirst();
        }

        T take() {
            T item = peek();
            batch.removeFirst();
            return item;
        }
    }
}
