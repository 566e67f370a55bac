package se.reorgledger.api.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        try {
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
            return count;
        } finally {
            // A backup that failed half-way leaves nothing that could be taken for one.
            Files.deleteIfExists(partial);
            Files.deleteIfExists(database);
        }
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

    /**
     * The kept files, sorted. A file still being written (its temporary {@code .partial} name) is not kept yet,
     * and may be renamed away while the folder is walked: a file gone by the time it is looked at is passed over.
     */
    private static List<Path> documentFiles(Path documents) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(documents)) {
            return files;
        }
        Files.walkFileTree(documents, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !file.getFileName().toString().endsWith(".partial")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
        Collections.sort(files);
        return files;
    }
}
