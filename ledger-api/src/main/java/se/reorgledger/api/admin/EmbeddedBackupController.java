package se.reorgledger.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.document.FolderDocumentStore;
import se.reorgledger.api.store.EmbeddedStore;

/**
 * An online backup of the embedded store: H2 writes a transactionally consistent copy of the database into a zip
 * in the data folder's {@code backups/} while the service keeps answering, and the documents' bytes kept in the
 * data folder are added to it ({@link BackupZip}). The answer names the file and the head the copy holds at least,
 * to check a restore against. On PostgreSQL the drill is pg_dump (docs/operations.md), whose dump holds the
 * documents' table.
 */
@RestController
@RequestMapping("/api/v1/admin/backups")
@Tag(name = "Administration")
public class EmbeddedBackupController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path dataFolder;
    private final boolean embedded;
    private final Clock clock;

    public EmbeddedBackupController(JdbcTemplate jdbc, @Value("${ledger.data-dir}") Path dataFolder,
                                    @Value("${spring.datasource.url}") String databaseUrl) {
        this.jdbc = jdbc;
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.embedded = EmbeddedStore.isEmbeddedFile(databaseUrl);
        this.clock = Clock.systemUTC();
    }

    /**
     * The copy written: where it is, its size, the head it holds at least (position and chain hash), and how many
     * documents' bytes it holds.
     */
    public record Backup(String file, long bytes, long position, String chainHash, int documents, Instant takenAt) {
    }

    @PostMapping
    @Operation(summary = "Back up the embedded store while the service runs",
            description = "Writes a consistent copy of the embedded database, and the documents' bytes kept in the "
                    + "data folder, into backups/ in the data folder. Restore by unzipping it into an empty data "
                    + "folder and starting the service on that folder.")
    @ApiResponse(responseCode = "201", description = "The copy is written")
    @ApiResponse(responseCode = "409", description = "The ledger is not on the embedded store: use pg_dump")
    public ResponseEntity<Backup> backUp() throws IOException {
        if (!embedded) {
            throw new NotEmbeddedException();
        }
        Path folder = Files.createDirectories(dataFolder.resolve("backups"));
        Instant takenAt = clock.instant();
        Path file = folder.resolve("ledger-" + STAMP.format(takenAt) + ".zip");
        // The head is read before the copy: the copy holds at least this head, perhaps appends made meanwhile.
        var head = jdbc.queryForMap("SELECT position, chain_hash FROM ledger_head WHERE id = 1");
        Path database = folder.resolve(".database-" + STAMP.format(takenAt) + ".zip");
        jdbc.execute("BACKUP TO '" + database.toString().replace("'", "''") + "'");
        // The documents are listed after the database's copy: a document is kept before any event refers to it,
        // so every document the copy refers to is in the folder by now.
        int documents = BackupZip.write(database, dataFolder.resolve(FolderDocumentStore.FOLDER_IN_DATA), file);
        Backup backup = new Backup(file.toString(), Files.size(file), ((Number) head.get("position")).longValue(),
                (String) head.get("chain_hash"), documents, takenAt);
        return ResponseEntity.status(HttpStatus.CREATED).body(backup);
    }

    /** Asked of a ledger on PostgreSQL, whose backups are the database's own. */
    public static class NotEmbeddedException extends RuntimeException {

        NotEmbeddedException() {
            super("The ledger is on PostgreSQL: back it up with pg_dump while the service runs (docs/operations.md)");
        }
    }
}
