package se.reorgledger.api.store;

/**
 * Which store a database address names. The embedded store is an H2 database in a file, opened inside the
 * service; an in-memory H2 (tests) and a server database are not.
 */
public final class EmbeddedStore {

    private static final String FILE_PREFIX = "jdbc:h2:file:";

    private EmbeddedStore() {
    }

    /** An H2 database in a file: the embedded default, flushed, journaled and backed up by the service itself. */
    public static boolean isEmbeddedFile(String databaseUrl) {
        return databaseUrl != null && databaseUrl.startsWith(FILE_PREFIX);
    }

    /** Any H2 database, in a file or in memory: one the service runs itself, with no server of its own. */
    public static boolean isH2(String databaseUrl) {
        return databaseUrl != null && databaseUrl.startsWith("jdbc:h2:");
    }

    /** The database file's path (without H2's {@code .mv.db}), {@code ~} resolved to the home folder. */
    public static String databaseFile(String databaseUrl) {
        if (!isEmbeddedFile(databaseUrl)) {
            throw new IllegalArgumentException("not an embedded database file: " + databaseUrl);
        }
        String path = databaseUrl.substring(FILE_PREFIX.length());
        int settings = path.indexOf(';');
        path = settings < 0 ? path : path.substring(0, settings);
        return path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
    }
}
