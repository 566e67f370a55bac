package se.reorgledger.benchmarks.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import se.reorgledger.api.config.LedgerMetaData;
import se.reorgledger.projections.index.OrganisationIdOf;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.testkit.synthetic.SyntheticLedger;
import se.reorgledger.testkit.synthetic.SyntheticSize;

/**
 * Puts a synthetic ledger into the event table as the service would have stored it: each organisation is one
 * aggregate of type {@value #AGGREGATE_TYPE} with its own sequence, each event serialised by the service's
 * serializer with the metadata the service's correlation providers give it. A table of its own remembers which
 * ledger is loaded, so that the next run does not load it again.
 */
public final class SyntheticLedgerLoad {

    static final String AGGREGATE_TYPE = "Organisation";
    private static final int BATCH = 2_000;

    private final BenchmarkDatabase database;
    private final SyntheticSize size;
    private final long seed;

    public SyntheticLedgerLoad(BenchmarkDatabase database, SyntheticSize size, long seed) {
        this.database = database;
        this.size = size;
        this.seed = seed;
    }

    /** Loads the ledger unless this very ledger is there already; returns the number of events stored. */
    public long ensureLoaded(LongConsumer progress) throws SQLException {
        if (database.exists()) {
            Long loaded = loadedEvents();
            if (loaded != null) {
                return loaded;
            }
        }
        database.recreate();
        DataSource dataSource = database.dataSource();
        long events = append(new ServiceEventStore(dataSource).loadingEngine(), progress);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Hint bits and the visibility map are set once here, not by whichever measurement reads first.
            statement.execute("VACUUM (FREEZE, ANALYZE) domain_event_entry");
            statement.execute("CREATE TABLE benchmark_dataset (size TEXT NOT NULL, seed BIGINT NOT NULL, "
                    + "events BIGINT NOT NULL, loaded_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            try (PreparedStatement marker = connection.prepareStatement(
                    "INSERT INTO benchmark_dataset (size, seed, events) VALUES (?, ?, ?)")) {
                marker.setString(1, size.name());
                marker.setLong(2, seed);
                marker.setLong(3, events);
                marker.executeUpdate();
            }
        }
        return events;
    }

    private Long loadedEvents() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery("SELECT to_regclass('benchmark_dataset') IS NOT NULL")) {
                table.next();
                if (!table.getBoolean(1)) {
                    return null;
                }
            }
            try (ResultSet loaded = statement.executeQuery("SELECT size, seed, events FROM benchmark_dataset")) {
                if (loaded.next() && loaded.getString(1).equals(size.name()) && loaded.getLong(2) == seed) {
                    return loaded.getLong(3);
                }
                return null;
            }
        } finally {
            database.close();
        }
    }

    private long append(EventStorageEngine engine, LongConsumer progress) {
        Map<String, Long> sequences = new HashMap<>();
        List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        String[] command = {null};
        Instant[] commandTime = {null};
        SyntheticLedger.generate(size, seed).forEach(event -> {
            // The events of one package share their recorded time and the command that caused them.
            if (!event.recordedAt().equals(commandTime[0])) {
                commandTime[0] = event.recordedAt();
                command[0] = UUID.nameUUIDFromBytes(event.eventId().getBytes(StandardCharsets.UTF_8)).toString();
            }
            batch.add(message(event, sequences, command[0]));
            if (batch.size() == BATCH) {
                engine.appendEvents(batch);
                batch.clear();
            }
            if (++count[0] % 1_000_000 == 0) {
                progress.accept(count[0]);
            }
        });
        if (!batch.isEmpty()) {
            engine.appendEvents(batch);
        }
        return count[0];
    }

    private static DomainEventMessage<?> message(RecordedEvent event, Map<String, Long> sequences, String command) {
        String organisationId = OrganisationIdOf.event(event.payload());
        long sequence = sequences.merge(organisationId, 1L, Long::sum) - 1;
        MetaData metaData = MetaData.with(LedgerMetaData.PRINCIPAL, event.principal())
                .and("correlationId", command)
                .and("traceId", command);
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, organisationId, sequence, event.payload(), metaData,
                event.eventId(), event.recordedAt());
    }
}
