package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Documents by hash over HTTP on PostgreSQL: the bytes are rows of document_bytes, written once. */
class DocumentsPostgresIT extends DocumentsContract {

    private final PostgresSchema schema = new PostgresSchema();

    @Override
    Map<String, Object> settings() {
        return schema.settings();
    }

    /** As the table's owner can: set the trigger that refuses updates aside, change the row, put it back. */
    @Override
    void alterInTheStore(String sha256, byte[] bytes) throws Exception {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE document_bytes DISABLE TRIGGER document_bytes_write_once");
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE document_bytes SET bytes = ? WHERE sha256 = ?")) {
                update.setBytes(1, bytes);
                update.setString(2, sha256);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no row of document_bytes for " + sha256);
                }
            } finally {
                statement.execute("ALTER TABLE document_bytes ENABLE TRIGGER document_bytes_write_once");
            }
        }
    }

    @Test
    void aRowOfDocumentBytesIsNeverUpdatedOrDeletedWhileItsTriggersStand() throws Exception {
        byte[] bytes = "Skrivs en gång\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hash = sha256(bytes);
        ledger.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(ledger.baseUrl()
                        + "/api/v1/documents/" + hash)).header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)));
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE document_bytes SET media_type = 'text/html' WHERE sha256 = '" + hash + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("refused");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "DELETE FROM document_bytes WHERE sha256 = '" + hash + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("refused");
        }
    }

    @AfterAll
    void dropSchema() {
        schema.close();
    }
}
