package se.reorgledger.api.it;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded default: H2 in PostgreSQL mode, in a data folder that survives restarts. */
class EmbeddedLedgerIT extends LedgerApiContract {

    @TempDir
    static Path dataFolder;

    @Override
    Map<String, Object> settings() {
        return Map.of("LEDGER_DATA_DIR", dataFolder.toString());
    }
}
