package se.reorgledger.api.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Idempotency keys in the ledger's database (table {@code idempotency_key}, created by Flyway). */
@Repository
class IdempotencyStore {

    /** Kept at least a day, as the draft asks; removed after two. */
    static final Duration KEPT = Duration.ofDays(2);

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A key as stored: the request's hash, and its answer once it has one (status null while in flight). */
    record Entry(byte[] requestHash, Instant createdAt, Integer status, String contentType, String location,
                 byte[] body) {
    }

    /** Claims the key for a request now starting; false if the principal already used it. */
    boolean claim(String principal, String key, byte[] requestHash, Instant now) {
        try {
            return jdbc.update("INSERT INTO idempotency_key (principal, idem_key, request_hash, created_at) "
                    + "VALUES (?, ?, ?, ?)", principal, key, requestHash, Timestamp.from(now)) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Takes over a claim abandoned in flight (its node stopped before answering); false if another did first. */
    boolean takeOver(String principal, String key, Instant claimedAt, Instant now) {
        return jdbc.update("UPDATE idempotency_key SET created_at = ? WHERE principal = ? AND idem_key = ? "
                + "AND status IS NULL AND created_at = ?", Timestamp.from(now), principal, key,
                Timestamp.from(claimedAt)) == 1;
    }

    Optional<Entry> find(String principal, String key) {
        return jdbc.query("SELECT request_hash, created_at, status, content_type, location, body FROM idempotency_key "
                        + "WHERE principal = ? AND idem_key = ?",
                (rs, n) -> new Entry(rs.getBytes(1), rs.getTimestamp(2).toInstant(), (Integer) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getBytes(6)), principal, key).stream().findFirst();
    }

    void complete(String principal, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ? "
                + "WHERE principal = ? AND idem_key = ?", status, contentType, location, body, principal, key);
    }

    /** Forgets a claim whose request failed on the server's side, so that a retry is carried out. */
    void release(String principal, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE principal = ? AND idem_key = ? AND status IS NULL",
                principal, key);
    }

    void removeExpired(Instant now) {
        jdbc.update("DELETE FROM idempotency_key WHERE created_at < ?", Timestamp.from(now.minus(KEPT)));
    }
}
