package se.reorgledger.api.readmodel;

import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the event table in global-index order, for the read models, through Axon's own upcasting and
 * deserialising. It needs no gap tracking: appends are serialised (see {@code LedgerEventStorageEngine}), so
 * an event never commits after one with a higher global index, and a missing index is a rolled-back append
 * that will never appear. A plain "last index read" is a complete position, which makes reading several
 * times cheaper than Axon's gap-aware JDBC reader.
 */
public class LedgerEventReader {

    private static final String SELECT = "SELECT global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data "
            + "FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?";

    private static final RowMapper<TrackedDomainEventData<byte[]>> ROW = (rs, row) -> new TrackedDomainEventData<>(
            new GlobalSequenceTrackingToken(rs.getLong("global_index")),
            new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"), rs.getString("event_identifier"), rs.getString("time_stamp"),
                    rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                    rs.getBytes("meta_data")));

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    public LedgerEventReader(DataSource dataSource, Serializer serializer, EventUpcaster upcasters) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    /** The next events after {@code globalIndex}, at most {@code limit}, upcast; payloads deserialised lazily. */
    public List<TrackedEventMessage<?>> after(long globalIndex, int limit) {
        List<TrackedDomainEventData<byte[]>> rows = jdbc.query(SELECT, ROW, globalIndex, limit);
        return EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, upcasters).toList();
    }

    /** The global index of the newest event, or 0 for an empty table. */
    public long newestIndex() {
        Long newest = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return newest == null ? 0 : newest;
    }

    /** The global index of the last event recorded before {@code time} (ISO-8601 text compares in order). */
    public long lastIndexBefore(java.time.Instant time) {
        Long index = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry WHERE time_stamp < ?",
                Long.class, org.axonframework.common.DateTimeUtils.formatInstant(time));
        return index == null ? 0 : index;
    }

}
