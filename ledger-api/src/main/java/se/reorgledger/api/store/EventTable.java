package se.reorgledger.api.store;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.RowMapper;
import se.reorgledger.integrity.chain.StoredEvent;

/**
 * The event table, as the migrations create it and as Axon's engine is told of it: one {@link EventSchema}, from
 * which every reader of the table outside Axon (the chain, the export, the read models' reader, the embedded
 * journal) takes its table and column names and its row mappers. A renamed column is renamed here once.
 */
public final class EventTable {

    /** The ledger's event table (db/migration/common/V1__event_store.sql). */
    public static final EventTable LEDGER = new EventTable(EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build());

    private final EventSchema schema;
    private final RowMapper<StoredEvent> storedEvent;
    private final RowMapper<TrackedDomainEventData<byte[]>> trackedRow;

    private EventTable(EventSchema schema) {
        this.schema = schema;
        this.storedEvent = (rs, row) -> new StoredEvent(rs.getLong(schema.globalIndexColumn()),
                rs.getString(schema.eventIdentifierColumn()), rs.getString(schema.aggregateIdentifierColumn()),
                rs.getLong(schema.sequenceNumberColumn()), rs.getString(schema.payloadTypeColumn()),
                rs.getString(schema.payloadRevisionColumn()), rs.getString(schema.timestampColumn()),
                rs.getBytes(schema.payloadColumn()), rs.getBytes(schema.metaDataColumn()));
        this.trackedRow = (rs, row) -> new TrackedDomainEventData<>(
                new GlobalSequenceTrackingToken(rs.getLong(schema.globalIndexColumn())),
                new GenericDomainEventEntry<>(rs.getString(schema.typeColumn()),
                        rs.getString(schema.aggregateIdentifierColumn()), rs.getLong(schema.sequenceNumberColumn()),
                        rs.getString(schema.eventIdentifierColumn()), rs.getString(schema.timestampColumn()),
                        rs.getString(schema.payloadTypeColumn()), rs.getString(schema.payloadRevisionColumn()),
                        rs.getBytes(schema.payloadColumn()), rs.getBytes(schema.metaDataColumn())));
    }

    public EventSchema schema() {
        return schema;
    }

    public String table() {
        return schema.domainEventTable();
    }

    public String globalIndex() {
        return schema.globalIndexColumn();
    }

    public String timestamp() {
        return schema.timestampColumn();
    }

    /** Every column of a row, in the order of the table. */
    public String allColumns() {
        return String.join(", ", schema.globalIndexColumn(), schema.eventIdentifierColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(), schema.typeColumn(),
                schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn(),
                schema.payloadColumn(), schema.metaDataColumn());
    }

    /** The columns the entry hash covers, for {@link #storedEvent()}. */
    public String storedEventColumns() {
        return String.join(", ", schema.globalIndexColumn(), schema.eventIdentifierColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(), schema.payloadTypeColumn(),
                schema.payloadRevisionColumn(), schema.timestampColumn(), schema.payloadColumn(),
                schema.metaDataColumn());
    }

    /** Rows as the entry hash covers them, ordered by global index, where {@code condition} holds. */
    public String selectStoredEvents(String condition) {
        return "SELECT " + storedEventColumns() + " FROM " + table() + " WHERE " + condition + " ORDER BY "
                + globalIndex();
    }

    /** Whole rows, for {@link #trackedRow()}, ordered by global index, where {@code condition} holds. */
    public String selectRows(String condition) {
        return "SELECT " + allColumns() + " FROM " + table() + " WHERE " + condition + " ORDER BY " + globalIndex();
    }

    public RowMapper<StoredEvent> storedEvent() {
        return storedEvent;
    }

    public RowMapper<TrackedDomainEventData<byte[]>> trackedRow() {
        return trackedRow;
    }
}
