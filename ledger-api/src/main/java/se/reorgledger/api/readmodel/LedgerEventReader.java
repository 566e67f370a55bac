package se.reorgledger.api.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import se.reorgledger.api.store.EventTable;
import se.reorgledger.core.recording.RecordedEvent;

/**
 * Reads the event table in global-index order, for the read models.
 *
 * <p>It needs no gap tracking: appends are serialised (see {@code LedgerEventStorageEngine}), so an event
 * never commits after one with a higher global index, and a missing index is a rolled-back append that will
 * never appear. A plain "last index read" is a complete position.
 *
 * <p>A stored payload at its class's current revision (the class's {@code @Revision}) is read straight into its
 * class with the ledger's event mapper, in one pass: it needs no upcasting. Axon's serializer would first build a
 * JSON tree, for upcasters to work on, and read the event from that: twice the work for every event of a rebuild.
 * Only a payload stored at an older revision goes through the upcasters and Axon's deserialising, so a new
 * revision of one event type slows the reading of that type's old events, not of the whole ledger.
 */
public class LedgerEventReader {

    private static final EventTable TABLE = EventTable.LEDGER;
    private static final String SELECT = TABLE.selectRows(TABLE.globalIndex() + " > ?") + " LIMIT ?";
    private static final RowMapper<TrackedDomainEventData<byte[]>> ROW = TABLE.trackedRow();

    // What a read model needs of an event, in the order read by column number; then, by name, the rest of the row,
    // which an event stored at an older revision needs for its upcasting.
    private static final String SELECT_RECORDED = "SELECT " + String.join(", ", TABLE.globalIndex(),
            TABLE.schema().eventIdentifierColumn(), TABLE.timestamp(), TABLE.schema().payloadTypeColumn(),
            TABLE.schema().payloadColumn(), TABLE.schema().metaDataColumn(), TABLE.schema().payloadRevisionColumn(),
            TABLE.schema().typeColumn(), TABLE.schema().aggregateIdentifierColumn(),
            TABLE.schema().sequenceNumberColumn()) + " FROM " + TABLE.table() + " WHERE " + TABLE.globalIndex()
            + " > ? ORDER BY " + TABLE.globalIndex() + " LIMIT ?";

    private static final RevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final ObjectMapper events;
    private final StoredPrincipals principals;
    private final Map<String, Class<?>> payloadClasses = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> currentRevisions = new ConcurrentHashMap<>();

    public LedgerEventReader(DataSource dataSource, Serializer serializer, EventUpcaster upcasters,
                             ObjectMapper events) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.events = events;
        this.principals = new StoredPrincipals(events.getFactory());
    }

    /** The next events after {@code globalIndex}, at most {@code limit}, deserialised. */
    public List<TrackedEventMessage<?>> after(long globalIndex, int limit) {
        List<TrackedDomainEventData<byte[]>> rows = jdbc.query(SELECT, ROW, globalIndex, limit);
        List<TrackedEventMessage<?>> messages = new ArrayList<>(rows.size());
        rows.forEach(row -> {
            if (isCurrent(row.getPayload().getType().getName(), row.getPayload().getType().getRevision())) {
                messages.add(direct(row));
            } else {
                messages.addAll(upcast(row));
            }
        });
        return messages;
    }

    /**
     * The next events after {@code globalIndex}, at most {@code limit}, as the read models take them. A row at its
     * current revision is read straight into what a projection needs, and nothing else: the payload into its
     * class, the principal out of the metadata, the recorded time parsed once per package (its events share it).
     * Building Axon's messages, metadata maps and parsing every timestamp was two thirds of a rebuild's reading.
     * A row at an older revision is read again whole and upcast.
     */
    public List<RecordedEvent> recordedAfter(long globalIndex, int limit) {
        StoredTimestamps times = new StoredTimestamps();
        List<RecordedEvent> read = new ArrayList<>(limit);
        jdbc.query(SELECT_RECORDED, rs -> {
            String eventId = rs.getString(2);
            String payloadType = rs.getString(4);
            if (!isCurrent(payloadType, rs.getString(7))) {
                // Upcast from this very row: every decision of a ledger was stored at an older revision once.
                TrackedDomainEventData<byte[]> row = ROW.mapRow(rs, 0);
                List<IntermediateEventRepresentation> upcast = upcasters.upcast(
                        Stream.of(new InitialEventRepresentation(row, serializer))).toList();
                if (upcast.size() == 1) {
                    try {
                        read.add(new RecordedEvent(rs.getLong(1), eventId, times.parse(rs.getString(3)),
                                principals.of(rs.getBytes(6)), serializer.deserialize(upcast.get(0).getData())));
                    } catch (IOException e) {
                        throw new UncheckedIOException("event " + eventId + " cannot be read", e);
                    }
                } else {
                    // An upcaster that drops or splits events: Axon's own path makes the messages.
                    upcast(row).forEach(message -> read.add(ProjectionFeed.recorded(message.getPayload(), message,
                            message.trackingToken())));
                }
                return;
            }
            try {
                read.add(new RecordedEvent(rs.getLong(1), eventId, times.parse(rs.getString(3)),
                        principals.of(rs.getBytes(6)), events.readValue(rs.getBytes(5), payloadClass(payloadType))));
            } catch (IOException e) {
                throw new UncheckedIOException("event " + eventId + " cannot be read", e);
            }
        }, globalIndex, limit);
        return read;
    }

    private List<? extends TrackedEventMessage<?>> upcast(TrackedDomainEventData<byte[]> row) {
        return EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(row), serializer, upcasters).toList();
    }

    /** Whether a payload stored at {@code revision} is at its class's current one, and needs no upcasting. */
    private boolean isCurrent(String payloadType, String revision) {
        Optional<String> current = currentRevisions.computeIfAbsent(payloadType,
                type -> Optional.ofNullable(REVISIONS.revisionOf(payloadClass(type))));
        return Objects.equals(current.orElse(null), revision);
    }

    /**
     * Recorded times as stored: Axon writes them as {@code 2014-12-01T09:15:41.202Z}, which is read digit by digit
     * here (a general ISO-8601 parse was a fifth of a rebuild's reading); any other form goes to Axon's parser.
     * A run of events that share one time (a package's events do) parses it once.
     */
    static final class StoredTimestamps {

        private static final int MILLIS_FORM = "2014-12-01T09:15:41.202Z".length();

        private String lastText;
        private Instant lastTime;

        Instant parse(String text) {
            if (!text.equals(lastText)) {
                Instant fast = millisForm(text);
                lastTime = fast != null ? fast : DateTimeUtils.parseInstant(text);
                lastText = text;
            }
            return lastTime;
        }

        private static Instant millisForm(String text) {
            if (text.length() != MILLIS_FORM || text.charAt(4) != '-' || text.charAt(7) != '-'
                    || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                    || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int millis = digits(text, 20, 3);
            if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                    || minute > 59 || second < 0 || second > 59 || millis < 0
                    || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second,
                    millis * 1_000_000L);
        }

        /** The number written by {@code count} digits from {@code start}, or -1 when one is not a digit. */
        private static int digits(String text, int start, int count) {
            int value = 0;
            for (int i = start; i < start + count; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
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

    /** The identifier of the event at {@code globalIndex}, or null when the table holds none there. */
    public String eventIdAt(long globalIndex) {
        java.util.List<String> ids = jdbc.queryForList("SELECT " + TABLE.schema().eventIdentifierColumn() + " FROM "
                + TABLE.table() + " WHERE " + TABLE.globalIndex() + " = ?", String.class, globalIndex);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The global index of the newest event, or 0 for an empty table. */
    public long newestIndex() {
        Long newest = jdbc.queryForObject("SELECT MAX(" + TABLE.globalIndex() + ") FROM " + TABLE.table(),
                Long.class);
        return newest == null ? 0 : newest;
    }

    /** The global index of the last event recorded before {@code time} (ISO-8601 text compares in order). */
    public long lastIndexBefore(Instant time) {
        Long index = jdbc.queryForObject("SELECT MAX(" + TABLE.globalIndex() + ") FROM " + TABLE.table()
                + " WHERE " + TABLE.timestamp() + " < ?", Long.class, DateTimeUtils.formatInstant(time));
        return index == null ? 0 : index;
    }
}
