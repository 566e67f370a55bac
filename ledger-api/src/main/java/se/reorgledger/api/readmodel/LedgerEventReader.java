package se.reorgledger.api.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the event table in global-index order, for the read models.
 *
 * <p>It needs no gap tracking: appends are serialised (see {@code LedgerEventStorageEngine}), so an event
 * never commits after one with a higher global index, and a missing index is a rolled-back append that will
 * never appear. A plain "last index read" is a complete position.
 *
 * <p>While the ledger has no upcasters (every event at its first revision), a stored payload is read straight
 * into its class with the ledger's event mapper, in one pass. Axon's serializer would first build a JSON tree,
 * for upcasters to work on, and read the event from that: twice the work for every event of a rebuild. Once
 * an upcaster exists, events go through Axon's upcasting and deserialising like every other reader's.
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
    private final ObjectMapper events;
    private final Map<String, Class<?>> payloadClasses = new ConcurrentHashMap<>();

    public LedgerEventReader(DataSource dataSource, Serializer serializer, EventUpcaster upcasters,
                             ObjectMapper events) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.events = events;
    }

    /** The next events after {@code globalIndex}, at most {@code limit}, deserialised. */
    public List<TrackedEventMessage<?>> after(long globalIndex, int limit) {
        List<TrackedDomainEventData<byte[]>> rows = jdbc.query(SELECT, ROW, globalIndex, limit);
        if (upcasters != NoOpEventUpcaster.INSTANCE) {
            return EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, upcasters).toList();
        }
        List<TrackedEventMessage<?>> messages = new ArrayList<>(rows.size());
        rows.forEach(row -> messages.add(direct(row)));
        return messages;
    }

    private TrackedEventMessage<?> direct(TrackedDomainEventData<byte[]> row) {
        try {
            Object payload = events.readValue(row.getPayload().getData(), payloadClass(row.getPayload().getType()
                    .getName()));
            byte[] metaDataBytes = row.getMetaData().getData();
            Map<String, ?> metaData = metaDataBytes == null || metaDataBytes.length == 0 ? Map.of()
                    : events.readValue(metaDataBytes, Map.class);
            return new GenericTrackedDomainEventMessage<>(row.trackingToken(), row.getType(),
                    row.getAggregateIdentifier(), row.getSequenceNumber(),
                    new GenericMessage<>(row.getEventIdentifier(), payload, MetaData.from(metaData)),
                    row::getTimestamp);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + row.getEventIdentifier() + " cannot be read", e);
        }
    }

    private Class<?> payloadClass(String name) {
        return payloadClasses.computeIfAbsent(name, type -> {
            try {
                return Class.forName(type, false, LedgerEventReader.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the ledger holds events of an unknown type " + type, e);
            }
        });
    }

    /** The global index of the newest event, or 0 for an empty table. */
    public long newestIndex() {
        Long newest = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return newest == null ? 0 : newest;
    }

    /** The global index of the last event recorded before {@code time} (ISO-8601 text compares in order). */
    public long lastIndexBefore(Instant time) {
        Long index = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry WHERE time_stamp < ?",
                Long.class, DateTimeUtils.formatInstant(time));
        return index == null ? 0 : index;
    }
}
