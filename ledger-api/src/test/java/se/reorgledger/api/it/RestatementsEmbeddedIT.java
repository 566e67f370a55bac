package se.reorgledger.api.it;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Restatements over HTTP on the embedded default. */
class RestatementsEmbeddedIT extends RestatementsContract {

    @TempDir
    static Path dataFolder;

    @Override
    Map<String, Object> settings() {
        return Map.of("LEDGER_DATA_DIR", dataFolder.toString());
    }
}
