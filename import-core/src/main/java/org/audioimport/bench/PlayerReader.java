package org.audioimport.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The music player of the write-bound benchmark, as a process of its own, so that it contends with the
 * import for the catalogue as another program would: through SQLite's file locks, not through a lock of
 * the importing JVM. Arguments: the catalogue file and the pause between queries in milliseconds. It
 * prints {@value #READY} once its connection is open, asks queries until its standard input closes, then
 * prints its {@link PlayerLatency} on one line.
 */
public final class PlayerReader {
    static final String READY = "ready";
    /** The busy timeout of the catalogue's own readers (store.Catalogue). */
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private PlayerReader() {}

    public static void main(String[] args) throws SQLException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PlayerReader CATALOGUE PAUSE_MS");
        }
        long pauseMs = Long.parseLong(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicBoolean stop = new AtomicBoolean();
        Thread watcher = new Thread(
                () -> {
                    drain(System.in);
                    stop.set(true);
                },
                "stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
        try (Connection connection = open(args[0])) {
            PlayerQueries queries = new PlayerQueries(connection, 42);
            out.println(READY);
            while (!stop.get()) {
                queries.askOne();
                Thread.sleep(pauseMs);
            }
            out.println(queries.latency().line());
        }
    }

    private static Connection open(String catalogue) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + catalogue);
        return dataSource.getConnection();
    }

    /** Reads until end of input: the parent closes it to say stop. */
    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Nothing is sent but the end.
            }
        } catch (IOException closed) {
            // A broken pipe says stop as well as an end of input.
        }
    }
}
