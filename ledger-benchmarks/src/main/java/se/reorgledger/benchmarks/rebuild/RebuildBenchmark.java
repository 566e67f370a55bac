package se.reorgledger.benchmarks.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import se.reorgledger.api.json.LedgerObjectMappers;
import se.reorgledger.benchmarks.report.Figures;
import se.reorgledger.benchmarks.store.ServiceEventStore;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.rebuild.EventSource;

/**
 * A full rebuild of the projection from the event table, as the service's rebuild reads it (its own reader on a
 * thread of its own, a few batches ahead, each event applied on the calling thread), against the least any reader
 * of that table must do: one ordered scan and a Jackson read of every payload into its event, nothing else. Their
 * ratio says how much a rebuild costs beyond reading the ledger at all.
 */
public final class RebuildBenchmark {

    private static final String SCAN = "SELECT global_index, payload_type, payload FROM domain_event_entry "
            + "ORDER BY global_index";

    private final DataSource dataSource;
    private final ServiceEventStore store;
    private final PrintStream out;

    public RebuildBenchmark(DataSource dataSource, ServiceEventStore store, PrintStream out) {
        this.dataSource = dataSource;
        this.store = store;
        this.out = out;
    }

    /** One timed pass: how many events, in how many seconds. */
    public record Pass(long events, double seconds) {
        public double rate() {
            return events / seconds;
        }

        static Pass since(long started, long events) {
            return new Pass(events, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Scans and rebuilds in turns, {@code rounds} times each, after one untimed scan that brings the table into
     * memory and one untimed rebuild that compiles the applying code, unless the ledger is {@code large} (L: one
     * pass takes minutes, and its goal is the rebuild's time);
     * returns the last projection built. The best pass of each kind is compared: on a
     * shared machine the best is the one least disturbed.
     */
    public LedgerProjection run(int rounds, boolean large, Figures figures, String label) throws Exception {
        if (!large) {
            out.println("untimed scan to warm the caches: " + describe(scan()));
            // A service rebuilds in a JVM that has applied events since it started; so does the timed rebuild.
            long started = System.nanoTime();
            long warmed = rebuild(store.eventSource()).position();
            out.println("untimed rebuild to warm the JIT: " + describe(Pass.since(started, warmed)));
        }
        Pass bestScan = null;
        Pass bestRebuild = null;
        LedgerProjection projection = null;
        for (int round = 0; round < rounds; round++) {
            Pass scan = scan();
            out.println("raw scan + deserialise:                  " + describe(scan));
            projection = null;
            long started = System.nanoTime();
            projection = rebuild(store.eventSource());
            Pass rebuild = Pass.since(started, projection.position());
            out.println("rebuild via the service's event source:  " + describe(rebuild));
            bestScan = bestScan == null || scan.rate() > bestScan.rate() ? scan : bestScan;
            bestRebuild = bestRebuild == null || rebuild.rate() > bestRebuild.rate() ? rebuild : bestRebuild;
        }
        double ratio = bestRebuild.rate() / bestScan.rate();
        figures.add(label + ": raw scan + deserialise", Figures.rate(bestScan.rate()));
        String rebuilt = Figures.rate(bestRebuild.rate()) + String.format(Locale.ROOT, ", %.1f s for %,d events",
                bestRebuild.seconds(), bestRebuild.events());
        if (large) {
            figures.add(label + ": rebuild from PostgreSQL", rebuilt, "≤ 600 s",
                    Figures.verdict(bestRebuild.seconds() <= 600));
        } else {
            figures.add(label + ": rebuild from PostgreSQL", rebuilt);
        }
        figures.add(label + ": rebuild / raw scan", Figures.ratio(ratio), "≥ 0.5×", Figures.verdict(ratio >= 0.5));
        return projection;
    }

    /**
     * Where a rebuild's time goes, each part timed alone: the service's reading of the ledger without applying,
     * and applying events already in memory. It holds the ledger in memory, so it is for S and M.
     */
    public void diagnose(Figures figures, String label) {
        long started = System.nanoTime();
        List<RecordedEvent> events = new ArrayList<>();
        try (Stream<RecordedEvent> read = store.eventSource().eventsAfter(-1)) {
            read.forEach(events::add);
        }
        Pass reading = Pass.since(started, events.size());
        out.println("service's reading alone, no apply:       " + describe(reading));

        started = System.nanoTime();
        LedgerProjection fresh = new LedgerProjection();
        events.forEach(fresh::apply);
        Pass applying = Pass.since(started, events.size());
        out.println("applying alone, events in memory:        " + describe(applying));

        figures.add(label + " parts: the service's reading alone (no apply)", Figures.rate(reading.rate()));
        figures.add(label + " parts: applying alone (events in memory)", Figures.rate(applying.rate()));
    }

    public LedgerProjection rebuild(EventSource source) {
        LedgerProjection fresh = new LedgerProjection();
        try (Stream<RecordedEvent> events = source.eventsAfter(-1)) {
            events.forEach(fresh::apply);
        }
        return fresh;
    }

    public Pass scan() throws Exception {
        ObjectMapper mapper = LedgerObjectMappers.events();
        Map<String, Class<?>> types = new HashMap<>();
        long started = System.nanoTime();
        long events = 0;
        long checksum = 0;
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams a result in fetch-size pieces only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement scan = connection.prepareStatement(SCAN)) {
                scan.setFetchSize(1_000);
                try (ResultSet rows = scan.executeQuery()) {
                    while (rows.next()) {
                        long position = rows.getLong(1);
                        Class<?> type = types.computeIfAbsent(rows.getString(2), RebuildBenchmark::load);
                        Object event = mapper.readValue(rows.getBytes(3), type);
                        checksum += position ^ event.hashCode();
                        events++;
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        if (checksum == 42) {
            out.println("(a checksum that keeps the reads from being optimised away)");
        }
        return Pass.since(started, events);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("an event type the ledger does not know: " + name, e);
        }
    }

    static String describe(Pass pass) {
        return String.format(Locale.ROOT, "%,d events in %.1f s = %s", pass.events(), pass.seconds(),
                Figures.rate(pass.rate()));
    }
}
