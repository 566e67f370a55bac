package se.reorgledger.benchmarks.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Kills a process appending to an H2 file, again and again, and checks after each kill that the file opens and
 * holds every append acknowledged before the kill. The appender works as the service does on the embedded store:
 * a head row locked per append, the rows, the commit, then {@code CHECKPOINT SYNC} before the acknowledgement,
 * while another connection polls. With {@code close-first} it opens and closes the database before appending, as a
 * start did when migrations had a connection of their own. Each variant runs in a folder of its own.
 *
 * <pre>java -jar ledger-benchmarks.jar h2-kills 150 close-first ";MAX_COMPACT_TIME=0"</pre>
 * Kills come 0.2 to 2.5 s after the appender's first acknowledgement, at moments fixed by a seed.
 */
public final class H2KillLoop {

    private static final String USER = "ledger";

    private H2KillLoop() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("append")) {
            Appender.run(args[1], args.length > 2 && args[2].equals("close-first"));
            return;
        }
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        boolean closeFirst = args.length > 1 && args[1].equals("close-first");
        String settings = args.length > 2 ? args[2] : "";
        Path folder = Files.createTempDirectory("h2-kills");
        String url = "jdbc:h2:file:" + folder.resolve("ledger") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DB_CLOSE_ON_EXIT=FALSE" + settings;
        System.out.printf("h2 kill loop: %d kills, %s, settings '%s', in %s%n", kills,
                closeFirst ? "closed and reopened before appending" : "opened once", settings, folder);
        Random random = new Random(20261204L);
        long acknowledged = 0;
        for (int kill = 1; kill <= kills; kill++) {
            acknowledged = Math.max(acknowledged, appendUntilKilled(url, closeFirst, folder, 200 + random.nextInt(2300)));
            String found = headIn(url);
            if (acknowledged > 0 && (!found.matches("[0-9]+") || Long.parseLong(found) < acknowledged)) {
                System.out.printf("h2 kill loop: after kill %d of %d, %d appends acknowledged, the file holds: %s%n",
                        kill, kills, acknowledged, found);
                return;
            }
        }
        System.out.printf("h2 kill loop: %d kills, %d appends acknowledged, none lost, the file opened every time "
                + "(%d bytes)%n", kills, acknowledged, Files.size(folder.resolve("ledger.mv.db")));
    }

    /**
     * Runs the appender in a process of its own until its first acknowledgement and then about {@code millis}
     * more, kills it ({@code SIGKILL}), and returns its last acknowledged position.
     */
    private static long appendUntilKilled(String url, boolean closeFirst, Path folder, long millis)
            throws IOException, InterruptedException {
        Path acks = folder.resolve("acks.txt");
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of("h2-kills", "append", url, closeFirst ? "close-first" : "once"));
        Process appender = new ProcessBuilder(command).redirectOutput(acks.toFile())
                .redirectError(folder.resolve("appender.err").toFile()).start();
        long patience = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.size(acks) == 0 && appender.isAlive() && System.nanoTime() < patience) {
            Thread.sleep(20);
        }
        appender.waitFor(millis, TimeUnit.MILLISECONDS);
        appender.destroyForcibly().waitFor();
        List<String> lines = Files.readAllLines(acks);
        return lines.isEmpty() ? 0 : Long.parseLong(lines.get(lines.size() - 1).trim());
    }

    /** This benchmark's own entry point again: the jar it runs from, or its class path in a build. */
    private static List<String> launcher() {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            return List.of(javaCommand, "-jar", classPath);
        }
        return List.of(javaCommand, "-cp", classPath, "se.reorgledger.benchmarks.ReadModelBenchmark");
    }

    private static String headIn(String url) {
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement statement = connection.createStatement();
             ResultSet head = statement.executeQuery("SELECT position FROM head WHERE id = 1")) {
            return head.next() ? Long.toString(head.getLong(1)) : "no head row";
        } catch (SQLException e) {
            return "an error: " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    /** The process that appends until it is killed, printing each acknowledged position. */
    private static final class Appender {

        static void run(String url, boolean closeFirst) throws SQLException {
            if (closeFirst) {
                try (Connection only = DriverManager.getConnection(url, USER, "");
                     Statement statement = only.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS starts (at TIMESTAMP)");
                    statement.execute("INSERT INTO starts VALUES (CURRENT_TIMESTAMP)");
                }
            }
            Connection connection = DriverManager.getConnection(url, USER, "");
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS event (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                        + "PRIMARY KEY, payload BYTEA NOT NULL)");
                statement.execute("CREATE TABLE IF NOT EXISTS head (id INT PRIMARY KEY, position BIGINT)");
                statement.execute("MERGE INTO head KEY (id) VALUES (1, COALESCE((SELECT position FROM head), 0))");
                statement.execute("CHECKPOINT SYNC");
            }
            pollInTheBackground(url);
            connection.setAutoCommit(false);
            Random random = new Random();
            while (true) {
                long position;
                try (Statement statement = connection.createStatement();
                     ResultSet head = statement.executeQuery("SELECT position FROM head WHERE id = 1 FOR UPDATE")) {
                    head.next();
                    position = head.getLong(1) + 1;
                }
                byte[] payload = new byte[500 + random.nextInt(4000)];
                random.nextBytes(payload);
                try (var insert = connection.prepareStatement("INSERT INTO event (payload) VALUES (?)");
                     var move = connection.prepareStatement("UPDATE head SET position = ? WHERE id = 1")) {
                    insert.setBytes(1, payload);
                    insert.executeUpdate();
                    move.setLong(1, position);
                    move.executeUpdate();
                }
                connection.commit();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                }
                System.out.println(position);
                System.out.flush();
            }
        }

        private static void pollInTheBackground(String url) {
            Thread poller = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, USER, "")) {
                    while (true) {
                        try (Statement statement = connection.createStatement();
                             ResultSet rows = statement.executeQuery("SELECT count(*), max(id) FROM event")) {
                            rows.next();
                        }
                        Thread.sleep(5);
                    }
                } catch (SQLException | InterruptedException stopped) {
                    // The process is being killed.
                }
            });
            poller.setDaemon(true);
            poller.start();
        }
    }
}
