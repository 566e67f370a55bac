package se.reorgledger.api.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents on PostgreSQL: table {@code document_bytes} (created by Flyway), one row per SHA-256, written once.
 * The service may insert and select rows, never update or delete them (a trigger refuses both to anyone).
 */
public final class DatabaseDocumentStore implements DocumentStore {

    private final JdbcTemplate jdbc;

    public DatabaseDocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kept keep(String sha256, String mediaType, byte[] bytes) {
        // PostgreSQL keeps microseconds: the instant answered now is the one a later read gives.
        Instant storedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int inserted = jdbc.update("INSERT INTO document_bytes (sha256, media_type, size, bytes, stored_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING", sha256, mediaType, (long) bytes.length,
                bytes, Timestamp.from(storedAt));
        if (inserted == 1) {
            return new Kept(new HeldDocument(sha256, mediaType, bytes.length, storedAt, bytes), true);
        }
        return new Kept(read(sha256).orElseThrow(), false);
    }

    @Override
    public Optional<HeldDocument> read(String sha256) {
        Optional<HeldDocument> held = jdbc.query("SELECT media_type, bytes, stored_at FROM document_bytes "
                        + "WHERE sha256 = ?",
                (rs, n) -> {
                    byte[] bytes = rs.getBytes(2);
                    return new HeldDocument(sha256, rs.getString(1), bytes.length,
                            rs.getTimestamp(3).toInstant(), bytes);
                }, sha256).stream().findFirst();
        held.ifPresent(document -> {
            String found = Sha256.of(document.bytes());
            if (!found.equals(sha256)) {
                throw new DocumentAlteredException(sha256, found, "row of table document_bytes");
            }
        });
        return held;
    }

    @Override
    public String describe() {
        return "table document_bytes";
    }
}
