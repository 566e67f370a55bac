package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup drill of docs/operations.md on PostgreSQL: save the head, pg_dump the running ledger's schema,
 * pg_restore it into a new database, start the service on that, and check the restored ledger against the saved
 * head: the same head, an intact chain, and a consistency proof from the saved size.
 */
class BackupRestoreIT {

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
