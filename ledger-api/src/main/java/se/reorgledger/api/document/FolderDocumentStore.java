package se.reorgledger.api.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The embedded default's documents: files in the data folder, {@code documents/sha256/ab/abcd…} (the first two
 * digits spread them over folders), the media type beside each in {@code abcd….type}. Not in H2: H2 has come back
 * from a killed process with an older state of its file (docs/reliability.md), and a file written to a temporary
 * name, forced to the disk and renamed into place is either whole or absent.
 */
public final class FolderDocumentStore implements DocumentStore {

    /** The documents' folder within the data folder; the embedded backup copies it under the same name. */
    public static final String FOLDER_IN_DATA = "documents";

    private final Path root;

    public FolderDocumentStore(Path folder) {
        this.root = folder.toAbsolutePath().normalize().resolve("sha256");
    }

    /** Where the bytes of a document are kept (or would be). */
    public Path fileOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public Kept keep(String sha256, String mediaType, byte[] bytes) {
        Path file = fileOf(sha256);
        try {
            Optional<HeldDocument> held = readIfIntact(sha256);
            if (held.isPresent()) {
                return new Kept(held.get(), false);
            }
            Path folder = Files.createDirectories(file.getParent());
            // The media type first: bytes in place always have theirs.
            Path type = typeOf(file);
            if (!Files.exists(type)) {
                writeDurably(type, mediaType.getBytes(StandardCharsets.UTF_8));
            }
            writeDurably(file, bytes);
            force(folder);
            // The bytes were hashed by the caller; only the media type may be an earlier upload's.
            String keptType = Files.readString(type, StandardCharsets.UTF_8).strip();
            return new Kept(new HeldDocument(sha256, keptType, bytes.length,
                    Files.getLastModifiedTime(file).toInstant(), bytes), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep document " + sha256 + " in " + root, e);
        }
    }

    @Override
    public Optional<HeldDocument> read(String sha256) {
        Path file = fileOf(sha256);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String found = Sha256.of(bytes);
            if (!found.equals(sha256)) {
                throw new DocumentAlteredException(sha256, found, file.toString());
            }
            String mediaType = Files.readString(typeOf(file), StandardCharsets.UTF_8).strip();
            return Optional.of(new HeldDocument(sha256, mediaType, bytes.length,
                    Files.getLastModifiedTime(file).toInstant(), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read document " + sha256 + " from " + root, e);
        }
    }

    @Override
    public String describe() {
        return "files under " + root;
    }

    private Optional<HeldDocument> readIfIntact(String sha256) {
        try {
            return read(sha256);
        } catch (DocumentAlteredException altered) {
            return Optional.empty();
        }
    }

    private static Path typeOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".type");
    }

    private static void writeDurably(Path target, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void force(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Some file systems cannot force a folder; the rename is then as durable as they make it.
        }
    }
}
