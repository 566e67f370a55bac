package se.reorgledger.api.it;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Idempotency keys on the embedded default. */
class EmbeddedIdempotencyIT extends IdempotencyContract {

    @TempDir
    static Path dataFolder;

    @Override
    Map<String, Object> settings() {
        return Map.of("LEDGER_DATA_DIR", dataFolder.toString());
    }
}
