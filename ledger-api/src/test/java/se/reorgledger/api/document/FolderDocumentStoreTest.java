package se.reorgledger.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default's documents: files named by their hash, checked on every read. */
class FolderDocumentStoreTest {

    private static final byte[] UTDRAG = "Protokollsutdrag, Kommunstyrelsen 2025-11-24 § 145\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final String HASH = Sha256.of(UTDRAG);

    @TempDir
    Path data;

    @Test
    void bytesKeptAreReadBackWithTheirMediaTypeUnderTheirHash() {
        FolderDocumentStore store = new FolderDocumentStore(data.resolve("documents"));

        DocumentStore.Kept kept = store.keep(HASH, "text/plain; charset=utf-8", UTDRAG);

        assertThat(kept.keptNow()).isTrue();
        assertThat(store.fileOf(HASH)).isEqualTo(data.resolve("documents/sha256/" + HASH.substring(0, 2) + "/" + HASH));
        HeldDocument held = store.read(HASH).orElseThrow();
        assertThat(held.bytes()).isEqualTo(UTDRAG);
        assertThat(held.mediaType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(held.size()).isEqualTo(UTDRAG.length);
        assertThat(store.read("0".repeat(64))).isEmpty();
    }

    @Test
    void theSameBytesKeptAgainKeepNothingNewAndKeepTheFirstMediaType() {
        FolderDocumentStore store = new FolderDocumentStore(data.resolve("documents"));
        store.keep(HASH, "text/plain", UTDRAG);

        DocumentStore.Kept again = store.keep(HASH, "application/octet-stream", UTDRAG);

        assertThat(again.keptNow()).isFalse();
        assertThat(again.document().mediaType()).isEqualTo("text/plain");
    }

    @Test
    void bytesChangedInTheFolderAreFoundAlteredAndNeverReturned() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(data.resolve("documents"));
        store.keep(HASH, "text/plain", UTDRAG);

        Files.writeString(store.fileOf(HASH), "Protokollsutdrag, Kommunstyrelsen 2025-11-24 § 146\n");

        assertThatThrownBy(() -> store.read(HASH)).isInstanceOf(DocumentAlteredException.class)
                .hasMessageContaining(HASH).hasMessageContaining(store.fileOf(HASH).toString());
    }

    @Test
    void theOriginalBytesUploadedAgainPutAnAlteredFileRight() throws IOException {
        FolderDocumentStore store = new FolderDocumentStore(data.resolve("documents"));
        store.keep(HASH, "text/plain", UTDRAG);
        Files.write(store.fileOf(HASH), new byte[] {1, 2, 3});

        DocumentStore.Kept repaired = store.keep(HASH, "text/plain", UTDRAG);

        assertThat(repaired.keptNow()).isTrue();
        assertThat(store.read(HASH).orElseThrow().bytes()).isEqualTo(UTDRAG);
        try (var files = Files.list(store.fileOf(HASH).getParent())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(HASH, HASH + ".type");
        }
    }
}
