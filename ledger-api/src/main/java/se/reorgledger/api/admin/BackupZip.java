package se.reorgledger.api.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The embedded backup's zip: the entries of H2's copy of the database, then every document file kept in the data
 * folder under the same relative path, so that unzipping the backup into an empty folder gives a data folder the
 * service starts on with its documents. Written to a temporary name, forced to the disk and renamed: a backup
 * that is listed is whole.
 */
final class BackupZip {

    private BackupZip() {
    }

    /** Writes {@code target} from {@code database} (deleted afterwards) and {@code documents}; the documents' count. */
    static int write(Path database, Path documents, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        int count = 0;
        try (OutputStream file = Files.newOutputStream(partial);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            copyEntries(database, zip);
            for (Path document : documentFiles(documents)) {
                String name = documents.getFileName() + "/" + documents.relativize(document).toString()
                        .replace(document.getFileSystem().getSeparator(), "/");
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(document, zip);
                zip.closeEntry();
                if (!name.endsWith(".type")) {
                    count++;
                }
            }
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(database);
        return count;
    }

    private static void copyEntries(Path database, ZipOutputStream zip) throws IOException {
        try (InputStream file = Files.newInputStream(database); ZipInputStream entries = new ZipInputStream(file)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                entries.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    /** The kept files, sorted; a file still being written (its temporary {@code .partial} name) is not kept yet. */
    private static List<Path> documentFiles(Path documents) throws IOException {
        if (!Files.isDirectory(documents)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(documents)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().endsWith(".partial"))
                    .sorted().toList();
        }
    }
}
