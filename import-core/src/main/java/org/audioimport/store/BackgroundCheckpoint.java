package org.audioimport.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the write-ahead log into the database on a connection of its own, every half second. SQLite
 * would otherwise run this checkpoint inside whichever COMMIT crosses the WAL's size limit, holding
 * that file's transaction open for tens of milliseconds. A PASSIVE checkpoint never takes the write
 * lock, so it neither waits for the writer nor makes it wait.
 */
final class BackgroundCheckpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundCheckpoint.class);
    private static final long PERIOD_MS = 500;

    private final Connection connection;
    private final ScheduledExecutorService timer;

    private BackgroundCheckpoint(Connection connection) {
        this.connection = connection;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "wal-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> checkpoint("PASSIVE"), PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    static BackgroundCheckpoint start(Catalogue catalogue) throws SQLException {
        return new BackgroundCheckpoint(catalogue.connect());
    }

    private synchronized void checkpoint(String mode) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            LOG.debug("checkpoint {} skipped: {}", mode, e.getMessage());
        }
    }

    /** Stops the timer and leaves the WAL copied back, as far as no reader holds it. */
    @Override
    public void close() throws SQLException {
        timer.shutdownNow();
        checkpoint("PASSIVE");
        connection.close();
    }
}
