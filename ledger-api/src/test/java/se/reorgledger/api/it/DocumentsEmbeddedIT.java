package se.reorgledger.api.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Documents by hash over HTTP on the embedded default: the bytes are files in the data folder. */
class DocumentsEmbeddedIT extends DocumentsContract {

    @TempDir
    static Path dataFolder;

    @Override
    Map<String, Object> settings() {
        return Map.of("LEDGER_DATA_DIR", dataFolder.toString());
    }

    @Override
    void alterInTheStore(String sha256, byte[] bytes) throws Exception {
        Path file = dataFolder.resolve("documents").resolve("sha256").resolve(sha256.substring(0, 2))
                .resolve(sha256);
        if (!Files.exists(file)) {
            throw new IllegalStateException("the document's file is not where docs/documents.md says: " + file);
        }
        Files.write(file, bytes);
    }
}
