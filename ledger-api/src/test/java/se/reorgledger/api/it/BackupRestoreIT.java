package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup drills of docs/operations.md. On PostgreSQL: save the head, pg_dump the running ledger's schema,
 * pg_restore it into a new database, start the service on that, and check the restored ledger against the saved
 * head: the same head, an intact chain, and a consistency proof from the saved size. On the embedded store: the
 * online backup command, its copy unzipped into an empty folder and served as it was backed up, documents too.
 */
class BackupRestoreIT {

    private static final byte[] PROTOKOLL = "Protokollsutdrag, Kopia kommun, § 1\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void aDumpRestoredIntoANewDatabaseServesTheSameVerifiedLedger() throws Exception {
        try (PostgresSchema schema = new PostgresSchema()) {
            String savedHead;
            try (RunningLedger ledger = RunningLedger.start(schema.settings())) {
                assertThat(ledger.post("/api/v1/organisations", "{\"id\":\"backup\",\"name\":\"Backup kommun\"}")
                        .status()).isEqualTo(201);
                assertThat(ledger.post("/api/v1/organisations/backup/persons",
                        "{\"id\":\"asa\",\"name\":\"Åsa Öberg\"}").status()).isEqualTo(201);
                savedHead = ledger.get("/api/v1/ledger/head").body();
                RunningLedger.Response notEmbedded = ledger.post("/api/v1/admin/backups", "");
                assertThat(notEmbedded.status()).isEqualTo(409);
                assertThat(notEmbedded.json().get("type").asText()).isEqualTo("/problems/backup-not-embedded");
                // Online: the service keeps running while pg_dump reads one consistent snapshot.
                run(List.of("pg_dump", "-h", host(), "-p", port(), "-U", PostgresSchema.USER, "-Fc", "-n", schema.name,
                        "-f", folder.resolve("ledger.dump").toString(), database()));
                assertThat(ledger.post("/api/v1/organisations/backup/persons",
                        "{\"id\":\"bo\",\"name\":\"Bo\"}").status()).isEqualTo(201);
            }
            String restored = "restore_" + schema.name;
            schema.execute("CREATE DATABASE " + restored);
            try {
                run(List.of("pg_restore", "-h", host(), "-p", port(), "-U", PostgresSchema.USER, "-d", restored,
                        "--exit-on-error", folder.resolve("ledger.dump").toString()));
                Map<String, Object> settings = new HashMap<>(schema.settings());
                settings.put("LEDGER_DB_URL", "jdbc:postgresql://" + host() + ":" + port() + "/" + restored
                        + "?currentSchema=" + schema.name);
                settings.put("LEDGER_DATA_DIR", folder.resolve("restored-data").toString());
                try (RunningLedger ledger = RunningLedger.start(settings)) {
                    RunningLedger.Response head = ledger.get("/api/v1/ledger/head");
                    assertThat(head.json()).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(savedHead));
                    RunningLedger.Response verified = ledger.get("/api/v1/ledger/verify");
                    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
                    assertThat(verified.json().get("intact").asBoolean()).as(verified.toString()).isTrue();
                    long size = head.json().get("position").asLong();
                    RunningLedger.Response proof = ledger.get("/api/v1/ledger/consistency?from=" + size);
                    assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
                    assertThat(proof.json().get("toSize").asLong()).isEqualTo(size);
                    assertThat(ledger.get("/api/v1/organisations/backup/units/backup/history").status())
                            .isEqualTo(200);
                }
            } finally {
                schema.execute("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
            }
        }
    }

    @Test
    void anOnlineBackupOfTheEmbeddedStoreRestoredIntoAnEmptyFolderServesTheLedgerAsBackedUp() throws Exception {
        Path live = folder.resolve("live");
        Path restored = folder.resolve("restored");
        JsonNode backup;
        try (RunningLedger ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", live.toString(),
                "LEDGER_ASKERSUND", "off"))) {
            assertThat(ledger.post("/api/v1/organisations", "{\"id\":\"kopia\",\"name\":\"Kopia kommun\"}")
                    .status()).isEqualTo(201);
            assertThat(ledger.post("/api/v1/organisations/kopia/persons", "{\"id\":\"asa\",\"name\":\"Åsa\"}")
                    .status()).isEqualTo(201);
            assertThat(ledger.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + "/api/v1/documents/"
                    + DocumentsContract.sha256(PROTOKOLL))).header("Content-Type", "text/plain")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(PROTOKOLL))).status()).isEqualTo(201);
            JsonNode head = ledger.get("/api/v1/ledger/head").json();

            RunningLedger.Response taken = ledger.post("/api/v1/admin/backups", "");

            assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
            backup = taken.json();
            assertThat(backup.get("position").asLong()).isEqualTo(head.get("position").asLong());
            assertThat(backup.get("chainHash").asText()).isEqualTo(head.get("chainHash").asText());
            assertThat(backup.get("documents").asInt()).isEqualTo(1);
            assertThat(Path.of(backup.get("file").asText())).startsWith(live.toAbsolutePath()).isRegularFile();
            // Written after the copy: not in it.
            assertThat(ledger.post("/api/v1/organisations/kopia/persons", "{\"id\":\"bo\",\"name\":\"Bo\"}")
                    .status()).isEqualTo(201);
        }
        unzip(Path.of(backup.get("file").asText()), restored);

        try (RunningLedger ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", restored.toString(),
                "LEDGER_ASKERSUND", "off"))) {
            JsonNode head = ledger.get("/api/v1/ledger/head").json();
            assertThat(head.get("position").asLong()).isEqualTo(backup.get("position").asLong());
            assertThat(head.get("chainHash").asText()).isEqualTo(backup.get("chainHash").asText());
            RunningLedger.Response verified = ledger.get("/api/v1/ledger/verify");
            assertThat(verified.json().get("intact").asBoolean()).as(verified.toString()).isTrue();
            assertThat(ledger.get("/api/v1/organisations/kopia/persons/asa").status()).isEqualTo(200);
            assertThat(ledger.get("/api/v1/organisations/kopia/persons/bo").status()).isEqualTo(404);
            RunningLedger.Response document = ledger.get("/api/v1/documents/" + DocumentsContract.sha256(PROTOKOLL));
            assertThat(document.status()).as(document.toString()).isEqualTo(200);
            assertThat(document.body()).isEqualTo(new String(PROTOKOLL, StandardCharsets.UTF_8));
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target).startsWithRaw(into);
                Files.createDirectories(target.getParent());
                Files.copy(entries, target);
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private static URI server() {
        return URI.create(PostgresSchema.URL.substring("jdbc:".length()));
    }

    private static String host() {
        return server().getHost();
    }

    private static String port() {
        return Integer.toString(server().getPort() < 0 ? 5432 : server().getPort());
    }

    private static String database() {
        String path = server().getPath();
        return path.substring(1);
    }
}
