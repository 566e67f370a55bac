package se.reorgledger.api.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.api.store.LedgerHead;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.integrity.chain.LedgerEntry;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.chain.StoredEvent;
import se.reorgledger.integrity.chain.TrustedDigest;
import se.reorgledger.integrity.chain.Verification;
import se.reorgledger.integrity.export.ExportTrailer;
import se.reorgledger.integrity.export.ExportWriter;
import se.reorgledger.integrity.merkle.MerkleHashing;
import se.reorgledger.integrity.merkle.RunningMerkleRoot;
import se.reorgledger.integrity.offline.ExportVerification;

/**
 * Figures for docs/benchmarks-integrity.md, printed, never asserted against a clock: offline verification of an
 * export of a million events against plain SHA-256 over the same file, and what the chain adds to an append on
 * PostgreSQL. Not run by default (its name is not a test's); run it with
 * {@code ./mvnw -q -B -pl ledger-api test -Dtest=IntegrityBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class IntegrityBenchmark {

    static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);
    static final int APPENDS = Integer.getInteger("benchmark.appends", 2_000);
    static final int EVENTS_PER_PACKAGE = 3;
    static final int ROUNDS = 3;

    @Test
    void offlineVerificationOfAMillionEventsAgainstPlainSha256() throws IOException {
        Path export = Files.createTempFile("benchmark-export", ".ndjson");
        try {
            long started = System.nanoTime();
            LedgerDigest head = writeExport(export, EVENTS);
            double written = seconds(System.nanoTime() - started);
            long bytes = Files.size(export);
            System.out.printf("export: %,d events, %,d bytes (%.0f bytes per line), written in %.1f s%n", EVENTS,
                    bytes, (double) bytes / EVENTS, written);

            List<Double> sha = new ArrayList<>();
            List<Double> withHead = new ArrayList<>();
            List<Double> withDigest = new ArrayList<>();
            for (int round = 0; round <= ROUNDS; round++) {
                double shaSeconds = timed(() -> sha256(export));
                double headSeconds = timed(() -> verified(export, TrustedDigest.of(head)));
                double digestSeconds = timed(() -> verified(export, TrustedDigest.chainHash(head.chainHash())));
                if (round > 0) {
                    sha.add(shaSeconds);
                    withHead.add(headSeconds);
                    withDigest.add(digestSeconds);
                }
                System.out.printf("round %d%s: sha-256 %.2f s, verify-export --head %.2f s, --digest %.2f s%n", round,
                        round == 0 ? " (warm-up)" : "", shaSeconds, headSeconds, digestSeconds);
            }
            double shaMedian = median(sha);
            System.out.printf("plain SHA-256 over the file: %.2f s, %,.0f MB/s, %,.0f lines/s%n", shaMedian,
                    bytes / shaMedian / 1e6, EVENTS / shaMedian);
            for (var variant : List.of(new Object[] {"--head (chain, Merkle root, digest)", median(withHead)},
                    new Object[] {"--digest (chain and digest)", median(withDigest)})) {
                double seconds = (double) variant[1];
                System.out.printf("verify-export %s: %.2f s, %,.0f events/s, %,.0f MB/s, %.2f x SHA-256%n",
                        variant[0], seconds, EVENTS / seconds, bytes / seconds / 1e6, shaMedian / seconds);
            }
            System.out.printf("cores: %d, load average at the end: %s%n", Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            Files.deleteIfExists(export);
        }
    }

    @Test
    void whatTheChainAddsToAnAppendOnPostgresql() throws SQLException {
        String url = System.getProperty("ledger.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("ledger.test.postgres.user", "postgres");
        String password = System.getProperty("ledger.test.postgres.password", "");
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(url, user, password)) {
            admin.createStatement().execute("CREATE SCHEMA " + schema);
        }
        try {
            Flyway.configure().dataSource(url, user, password).schemas(schema)
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                    .placeholders(Map.of("serviceRole", user)).load().migrate();
            try (Connection connection = DriverManager.getConnection(url + "?currentSchema=" + schema, user,
                    password)) {
                connection.setAutoCommit(false);
                measureAppends(connection);
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password)) {
                admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void measureAppends(Connection connection) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        HashChain chain = new HashChain(jdbc);
        Appender appender = new Appender(connection, jdbc, chain);
        int warmUp = APPENDS / 10;
        long[] on = new long[APPENDS];
        long[] off = new long[APPENDS];
        for (int i = -warmUp; i < APPENDS; i++) {
            // Alternating, so that both variants meet the same table sizes, caches and neighbours.
            long withChain = appender.timed(true);
            long withoutChain = appender.timed(false);
            if (i >= 0) {
                on[i] = withChain;
                off[i] = withoutChain;
            }
        }
        System.out.printf("appends of %d events each, %,d per variant, alternating, on PostgreSQL:%n",
                EVENTS_PER_PACKAGE, APPENDS);
        print("chain on ", on);
        print("chain off", off);
        Arrays.sort(on);
        Arrays.sort(off);
        System.out.printf("the chain adds: p50 %+.2f ms, p99 %+.2f ms%n", (percentile(on, 50) - percentile(off, 50))
                / 1e6, (percentile(on, 99) - percentile(off, 99)) / 1e6);
        long[] hashing = new long[APPENDS];
        String chainHash = EntryHashing.GENESIS;
        for (int i = -warmUp; i < APPENDS; i++) {
            long started = System.nanoTime();
            for (int e = 0; e < EVENTS_PER_PACKAGE; e++) {
                StoredEvent event = syntheticEvent(i, i);
                chainHash = EntryHashing.chainHash(chainHash, EntryHashing.entryHash(i, event));
            }
            if (i >= 0) {
                hashing[i] = System.nanoTime() - started;
            }
        }
        print("of which hashing alone (encode, entry and chain hash of the package)", hashing);
    }

    /** Appends a package as the storage engine does: lock the head, insert the events, chain them, or not. */
    private static final class Appender {

        private final Connection connection;
        private final JdbcTemplate jdbc;
        private final HashChain chain;
        private final PreparedStatement insert;
        private long sequence;

        Appender(Connection connection, JdbcTemplate jdbc, HashChain chain) throws SQLException {
            this.connection = connection;
            this.jdbc = jdbc;
            this.chain = chain;
            this.insert = connection.prepareStatement("INSERT INTO domain_event_entry (event_identifier, "
                    + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, "
                    + "payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        long timed(boolean chained) throws SQLException {
            long started = System.nanoTime();
            LedgerHead head = chain.lock();
            Instant recordedAt = Instant.now();
            for (int i = 0; i < EVENTS_PER_PACKAGE; i++) {
                StoredEvent event = syntheticEvent(0, sequence);
                insert.setString(1, event.eventIdentifier());
                insert.setString(2, event.aggregateIdentifier());
                insert.setLong(3, sequence++);
                insert.setString(4, "Organisation");
                insert.setString(5, recordedAt.toString());
                insert.setString(6, event.payloadType());
                insert.setString(7, event.payloadRevision());
                insert.setBytes(8, event.payload());
                insert.setBytes(9, event.metaData());
                insert.addBatch();
            }
            insert.executeBatch();
            if (chained) {
                chain.extend(head, recordedAt);
            } else {
                long newest = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
                jdbc.update("UPDATE ledger_head SET position = ?, global_index = ?, recorded_at = ? WHERE id = 1",
                        head.position() + EVENTS_PER_PACKAGE, newest, recordedAt.toString());
            }
            connection.commit();
            return System.nanoTime() - started;
        }
    }

    /** Writes an export of {@code count} events with valid hashes, as the service writes one, and returns its head. */
    static LedgerDigest writeExport(Path file, int count) throws IOException {
        String chainHash = EntryHashing.GENESIS;
        RunningMerkleRoot tree = new RunningMerkleRoot();
        HexFormat hex = HexFormat.of();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ExportWriter writer = new ExportWriter(out)) {
            for (int position = 1; position <= count; position++) {
                LedgerEntry entry = LedgerEntry.of(syntheticEvent(position, position));
                String entryHash = entry.entryHash(position);
                chainHash = EntryHashing.chainHash(chainHash, entryHash);
                tree.appendLeafHash(MerkleHashing.leafHash(hex.parseHex(entryHash)));
                writer.write(new LedgerRow(position, entry, new ChainLink(position, position, entryHash, chainHash)));
            }
            LedgerDigest head = new LedgerDigest(count, count, chainHash, Instant.parse("2026-01-01T00:00:00Z"), count,
                    hex.formatHex(tree.root()));
            writer.write(new ExportTrailer(head, 1, count, EntryHashing.GENESIS));
            return head;
        }
    }

    /** An event shaped like the ledger's own: one of three unit events with a principal and trace metadata. */
    static StoredEvent syntheticEvent(long globalIndex, long n) {
        String unit = "enhet-" + n;
        String decision = "ks-2026-" + (n / 40) + "-" + (100 + n % 40);
        String payload = switch ((int) (n % 3)) {
            case 0 -> "{\"organisationId\":\"askersund\",\"unitId\":\"" + unit + "\",\"name\":\"Enheten för "
                    + "samhällsbyggnad " + n + "\",\"kind\":\"enhet\",\"parentId\":\"samhallsbyggnadskontoret\","
                    + "\"authority\":false,\"effectiveDate\":\"2026-01-01\",\"decisionId\":\"" + decision
                    + "\",\"changeId\":\"" + decision + ".1\"}";
            case 1 -> "{\"organisationId\":\"askersund\",\"unitId\":\"" + unit + "\",\"name\":\"Avdelningen för "
                    + "kultur och samhällsengagemang " + n + "\",\"effectiveDate\":\"2026-03-01\",\"decisionId\":\""
                    + decision + "\",\"changeId\":\"" + decision + ".2\"}";
            default -> "{\"organisationId\":\"askersund\",\"unitId\":\"" + unit + "\",\"parentId\":"
                    + "\"kommunledningskontoret\",\"effectiveDate\":\"2026-01-01\",\"decisionId\":\"" + decision
                    + "\",\"changeId\":\"" + decision + ".3\"}";
        };
        String type = switch ((int) (n % 3)) {
            case 0 -> "UnitEstablishedEvent";
            case 1 -> "UnitRenamedEvent";
            default -> "UnitMovedEvent";
        };
        String metaData = "{\"principal\":\"handlaggare-" + (n % 17) + "\",\"traceId\":\"" + new UUID(n, 1)
                + "\",\"correlationId\":\"" + new UUID(n, 2) + "\"}";
        return new StoredEvent(globalIndex, new UUID(n, 3).toString(), "askersund", n,
                "se.reorgledger.core.organisation." + type, "1",
                Instant.ofEpochSecond(1_767_225_600L + n).toString().replace("Z", ".000Z"),
                payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8));
    }

    private static long verified(Path export, TrustedDigest digest) {
        try {
            Verification verification = ExportVerification.verify(export, digest);
            assertThat(verification.intact()).as(verification.message()).isTrue();
            return verification.checkedEvents();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sha256(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MessageDigest digest = EntryHashing.sha256();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
            return digest.digest()[0];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double timed(LongSupplier work) {
        long started = System.nanoTime();
        work.getAsLong();
        return seconds(System.nanoTime() - started);
    }

    private static void print(String variant, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms%n", variant,
                percentile(sorted, 50) / 1e6, percentile(sorted, 90) / 1e6, percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
