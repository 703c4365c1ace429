package org.audioimport.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Another process's hold on the catalogue's write lock, taken and given back from a run's listener. */
final class OtherProcessLock {
    private OtherProcessLock() {}

    /** Takes the lock as the run starts and gives it back once the run reports its first failure. */
    static ImportListener fromTheStartUntilTheFirstFailure(Connection other) {
        AtomicBoolean released = new AtomicBoolean();
        return new ImportListener() {
            @Override
            public void started(int total, int toExamine) {
                take(other);
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                if (outcome instanceof FileOutcome.Failed && released.compareAndSet(false, true)) {
                    release(other);
                }
            }
        };
    }

    static void take(Connection other) {
        execute(other, "begin immediate");
    }

    static void release(Connection other) {
        execute(other, "commit");
    }

    private static void execute(Connection connection, String sql) {
        try {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
