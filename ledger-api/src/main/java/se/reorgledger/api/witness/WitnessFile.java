package se.reorgledger.api.witness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One witness on disk. It is replaced whole (written beside, then renamed over), so a crash leaves the old
 * witness or the new one, never half of either. {@code durable} also forces it to the disk.
 */
final class WitnessFile {

    private final Path path;
    private final ObjectMapper json;

    WitnessFile(Path path, ObjectMapper json) {
        this.path = path;
        this.json = json;
    }

    Path path() {
        return path;
    }

    Optional<Witness> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(path.toFile(), Witness.class));
        } catch (IOException e) {
            throw new WitnessRefusal("The ledger's witness " + path + " cannot be read (" + e.getMessage() + ")",
                    "Restore it from a backup of the data folder, or move it aside and accept the ledger as it is "
                            + "with LEDGER_ACCEPT_HEAD (see docs/reliability.md).");
        }
    }

    void write(Witness witness, boolean durable) {
        try {
            Files.createDirectories(path.getParent());
            Path next = path.resolveSibling(path.getFileName() + ".next");
            Files.write(next, json.writeValueAsBytes(witness));
            if (durable) {
                try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            try {
                Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger's witness " + path, e);
        }
    }
}
