package se.reorgledger.benchmarks.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import se.reorgledger.api.store.EmbeddedDurability;
import se.reorgledger.api.store.LedgerAppendListener;
import se.reorgledger.api.store.journal.EmbeddedJournal;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;

/**
 * What durability costs an append (docs/reliability.md): one-event appends, one after another, through the
 * service's own engine, on the embedded H2 store as the service runs it (CHECKPOINT SYNC after each commit, then
 * the journal forced to the disk), with CHECKPOINT SYNC alone, and without either (H2's write-behind: a commit may be lost to a killed process), and on PostgreSQL with
 * synchronous_commit on, its default. Every figure of a run comes from that run.
 *
 * <pre>java -jar ledger-benchmarks/target/ledger-benchmarks.jar appends [count] [server-url]</pre>
 */
public final class AppendDurabilityBenchmark {

    private final PrintStream out;
    private final int appends;

    private AppendDurabilityBenchmark(PrintStream out, int appends) {
        this.out = out;
        this.appends = appends;
    }

    public static void main(String[] args) throws Exception {
        int appends = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String server = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/";
        new AppendDurabilityBenchmark(System.out, appends).run(server);
    }

    private void run(String server) throws Exception {
        out.printf("append durability benchmark: %d one-event appends per store, one after another%n", appends);
        Figures writeBehind = onH2(Durability.NONE);
        Figures synced = onH2(Durability.CHECKPOINT);
        Figures journaled = onH2(Durability.CHECKPOINT_AND_JOURNAL);
        Figures postgres = onPostgres(server);
        out.println();
        writeBehind.print(out, "H2, acknowledged at commit (write-behind, not durable)", writeBehind);
        synced.print(out, "H2, CHECKPOINT SYNC after each commit", writeBehind);
        journaled.print(out, "H2, CHECKPOINT SYNC and the journal (the service)", writeBehind);
        postgres.print(out, "PostgreSQL, synchronous_commit on (the default)", writeBehind);
    }

    private enum Durability { NONE, CHECKPOINT, CHECKPOINT_AND_JOURNAL }

    private Figures onH2(Durability durability) throws Exception {
        Path folder = Files.createTempDirectory("append-benchmark-h2-");
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl("jdbc:h2:file:" + folder.resolve("ledger")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
            List<LedgerAppendListener> listeners = switch (durability) {
                case NONE -> List.of();
                case CHECKPOINT -> List.of(new EmbeddedDurability(new JdbcTemplate(dataSource)));
                case CHECKPOINT_AND_JOURNAL -> List.of(new EmbeddedDurability(new JdbcTemplate(dataSource)),
                        EmbeddedJournal.recovered(folder.resolve("ledger.journal.ndjson"), dataSource));
            };
            return measure(new ServiceEventStore(dataSource).serviceEngine(listeners));
        }
    }

    private Figures onPostgres(String server) throws Exception {
        String name = "ledger_append_benchmark";
        try (BenchmarkDatabase database = new BenchmarkDatabase(server, name, "postgres", "")) {
            database.recreate();
            try (Connection connection = DriverManager.getConnection(server + name, "postgres", "");
                 Statement statement = connection.createStatement()) {
                // recreate() turns it off for loading; appends are measured as production commits them.
                statement.execute("ALTER DATABASE " + name + " SET synchronous_commit TO on");
            }
            database.close();
            return measure(new ServiceEventStore(database.dataSource()).serviceEngine(List.of()));
        }
    }

    private Figures measure(EventStorageEngine engine) {
        int warmUp = Math.min(200, appends / 5);
        long[] nanos = new long[appends];
        for (int i = -warmUp; i < appends; i++) {
            String organisation = "bench-" + (i + warmUp);
            long started = System.nanoTime();
            engine.appendEvents(new GenericDomainEventMessage<>("Organisation", organisation, 0,
                    new OrganisationRegisteredEvent(organisation, "Kommun " + organisation)));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - started;
            }
        }
        return new Figures(nanos);
    }

    private record Figures(long[] nanos) {

        double perSecond() {
            return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
        }

        double millisAt(double quantile) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
        }

        void print(PrintStream out, String label, Figures baseline) {
            out.printf("%-58s %8.0f appends/s  p50 %6.2f ms  p99 %6.2f ms  %5.2f× the time of write-behind%n",
                    label, perSecond(), millisAt(0.5), millisAt(0.99), baseline.perSecond() / perSecond());
        }
    }
}
