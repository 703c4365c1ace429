package org.audioimport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the write-ahead log back into the database between file transactions, on the writer's own
 * connection. SQLite's automatic checkpoint would run inside whichever COMMIT crosses the WAL limit,
 * holding that file's transaction open for tens of milliseconds; and a checkpoint from another
 * connection never catches up with a writer that commits back to back, so the WAL only grows. Here the
 * writer, between two transactions and still in its turn, checks the WAL's size every few commits and
 * truncates it once it passes a limit.
 */
final class WalCheckpoint {
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpoint.class);
    private static final int CHECK_EVERY_COMMITS = 32;
    private static final long LIMIT_BYTES = 16L << 20;

    private final Path wal;
    private int commitsSinceCheck;

    WalCheckpoint(Path catalogue) {
        this.wal = catalogue.resolveSibling(catalogue.getFileName() + "-wal");
    }

    /** Called after each commit, outside any transaction; checkpoints when the WAL has grown past the limit. */
    void afterCommit(Connection connection) {
        if (++commitsSinceCheck < CHECK_EVERY_COMMITS) {
            return;
        }
        commitsSinceCheck = 0;
        try {
            if (Files.size(wal) > LIMIT_BYTES) {
                truncate(connection);
            }
        } catch (IOException e) {
            LOG.debug("cannot read the size of {}: {}", wal, e.getMessage());
        }
    }

    /** Copies the whole WAL back and empties it; a reader still using it only delays that to a later call. */
    void truncate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.debug("checkpoint postponed: {}", e.getMessage());
        }
    }
}
