package se.reorgledger.api.security.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.reorgledger.api.security.LedgerRole;

/** The tokens in the ledger's database (table {@code api_token}, created by Flyway), beside the events. */
@Repository
class ApiTokenStore {

    private static final String COLUMNS =
            "id, name, role, token_hash, issued_at, issued_by, expires_at, revoked_at, revoked_by";

    private final JdbcTemplate jdbc;

    ApiTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiToken token) {
        jdbc.update("INSERT INTO api_token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                token.id(), token.name(), token.role().name(), token.hash(), Timestamp.from(token.issuedAt()),
                token.issuedBy(), Timestamp.from(token.expiresAt()));
    }

    Optional<ApiToken> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", ApiTokenStore::row, id)
                .stream().findFirst();
    }

    List<ApiToken> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token ORDER BY issued_at, id", ApiTokenStore::row);
    }

    /** Marks the token revoked, once: a second revocation changes nothing and answers false. */
    boolean revoke(String id, Instant at, String by) {
        return jdbc.update("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(at), by, id) == 1;
    }

    private static ApiToken row(ResultSet rs, int rowNumber) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("name"), LedgerRole.valueOf(rs.getString("role")),
                rs.getBytes("token_hash"), instant(rs, "issued_at"), rs.getString("issued_by"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), rs.getString("revoked_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
