package org.audioimport.store;

import dev.failsafe.function.CheckedSupplier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.audioimport.store.BusyRetry.BusyException;
import org.jooq.exception.DataAccessException;

/**
 * The writer's mechanism, free of any policy about what is written: one connection that writers in this
 * process take turns on, BEGIN IMMEDIATE / COMMIT / ROLLBACK, the busy retry, the write metrics and the WAL
 * checkpoint between transactions. A file's statements commit as the {@link WriteMode} chosen at
 * construction says, through a method bound once, so the import's hot path has no branch for the
 * benchmark's baseline.
 */
final class TransactionRunner implements AutoCloseable {
    private final Path catalogueFile;
    private final Connection connection;
    private final WalCheckpoint checkpoint;
    private final BusyRetry retry;
    private final CoreGate cores;
    private final WriteMetrics metrics = new WriteMetrics();
    private final ReentrantLock turn = new ReentrantLock(true);
    private final PreparedStatements prepared;
    private final FileCommit fileCommit;

    /** How a file's rendered statements reach the catalogue. */
    @FunctionalInterface
    private interface FileCommit {
        void commit(String subject, long wantedAt, FileStatements statements) throws WriteException;
    }

    /** Work done with the turn held: reads before a transaction, and the transaction itself. */
    @FunctionalInterface
    interface TurnWork<T> {
        T run() throws WriteException;
    }

    TransactionRunner(Path catalogueFile, Connection connection, BusyRetry retry, WriteMode mode, CoreGate cores) {
        this.catalogueFile = catalogueFile;
        this.connection = connection;
        this.checkpoint = new WalCheckpoint(catalogueFile);
        this.prepared = new PreparedStatements(connection);
        this.retry = retry;
        this.cores = cores;
        this.fileCommit = switch (mode) {
            case TRANSACTION_PER_FILE -> this::inOneTransaction;
            case TRANSACTION_PER_STATEMENT -> this::inStatementTransactions;
        };
    }

    /**
     * Holds the turn while {@code work} runs, so that what it reads is still true when its transaction
     * begins; a failed read fails the subject with the catalogue's reason.
     */
    <T> T holdingTurn(String subject, TurnWork<T> work) throws WriteException {
        turn.lock();
        try {
            return work.run();
        } catch (DataAccessException e) {
            throw failure(subject, "catalogue read failed: ", e);
        } finally {
            turn.unlock();
        }
    }

    /**
     * A file's one write transaction: counted, its hold time measured from the moment the write lock is
     * held, and the wait for that lock (in this process and from others) measured from {@code wantedAt}.
     */
    void commitFile(String subject, long wantedAt, FileStatements statements) throws WriteException {
        fileCommit.commit(subject, wantedAt, statements);
        turn.lock();
        try {
            checkpoint.afterCommit(connection);
        } finally {
            turn.unlock();
        }
    }

    /**
     * The core-lending protocol, writer side:
     * 1. take the turn (no other writer of this process runs);
     * 2. take a core from the gate: a computing thread that sees this thread queued hands its core over at
     *    its next decoded block, then queues for it again behind this one (the gate is fair);
     * 3. BEGIN IMMEDIATE, the statements, COMMIT, all on that core;
     * 4. give the core back, then the turn.
     * A busy catalogue retries steps 2 to 4 whole.
     */
    private void inOneTransaction(String subject, long wantedAt, FileStatements statements) throws WriteException {
        long[] lockedAt = new long[1];
        inTurn(subject, () -> {
            cores.acquire();
            try {
                begin();
                lockedAt[0] = System.nanoTime();
                try {
                    for (int i = 0; i < statements.size(); i++) {
                        statements.run(i, prepared);
                    }
                    commit();
                    return null;
                } catch (Throwable e) {
                    rollbackAfter(e);
                    throw e;
                }
            } finally {
                cores.release();
            }
        });
        metrics.recordTransaction(System.nanoTime() - lockedAt[0]);
        metrics.recordLockWait(lockedAt[0] - wantedAt);
    }

    /**
     * The baseline's write ({@link WriteMode#TRANSACTION_PER_STATEMENT}): no BEGIN or COMMIT, so each
     * statement commits by itself and is counted as a transaction, held while it runs. The lock wait ends
     * when the first statement may run.
     */
    private void inStatementTransactions(String subject, long wantedAt, FileStatements statements)
            throws WriteException {
        long[] runningAt = new long[1];
        inTurn(subject, () -> {
            cores.acquire();
            try {
                runningAt[0] = System.nanoTime();
                for (int i = 0; i < statements.size(); i++) {
                    long startedAt = System.nanoTime();
                    statements.run(i, prepared);
                    metrics.recordTransaction(System.nanoTime() - startedAt);
                }
                return null;
            } finally {
                cores.release();
            }
        });
        metrics.recordLockWait(runningAt[0] - wantedAt);
    }

    /** Runs the statements in one write transaction, retried whole while the catalogue is busy. */
    <T> T inTransaction(String subject, CheckedSupplier<T> statements) throws WriteException {
        return inTurn(subject, () -> {
            begin();
            try {
                T result = statements.get();
                commit();
                return result;
            } catch (Throwable e) {
                rollbackAfter(e);
                throw e;
            }
        });
    }

    /** Runs one statement (it commits by itself), retried while the catalogue is busy. */
    <T> T inTurn(String subject, CheckedSupplier<T> statement) throws WriteException {
        turn.lock();
        try {
            return retry.run(statement);
        } catch (BusyException e) {
            throw new WriteException(subject, e.getMessage(), e);
        } catch (SQLException | DataAccessException e) {
            throw failure(subject, "catalogue write failed: ", e);
        } finally {
            turn.unlock();
        }
    }

    /** A failure of the catalogue's disk is named as such; any other is the subject's, with SQLite's reason. */
    private WriteException failure(String subject, String what, Exception e) {
        return CatalogueDiskException.behind(catalogueFile, e)
                .map(disk -> new WriteException(subject, disk.getMessage(), disk))
                .orElseGet(() -> new WriteException(subject, what + Catalogue.rootMessage(e), e));
    }

    WriteStats stats() {
        return metrics.snapshot(retry.retries());
    }

    /** Tells {@code holdNanos} the hold time of every write transaction from now on, as it commits. */
    void observeHoldTimes(LongConsumer holdNanos) {
        metrics.observeHoldTimes(holdNanos);
    }

    private void begin() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
        }
    }

    private void commit() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("COMMIT");
        }
    }

    /**
     * Ends the failed transaction. SQLite has already rolled back by itself after some errors (a full disk,
     * an I/O error); the original failure is the one worth reporting, so a failed ROLLBACK rides along with it.
     */
    private void rollbackAfter(Throwable failure) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Empties the WAL and closes the connection; a failure to close is the catalogue's, named as such. */
    @Override
    public void close() throws CatalogueException {
        turn.lock();
        try (connection;
                prepared) {
            checkpoint.truncate(connection);
        } catch (SQLException e) {
            throw new CatalogueException(catalogueFile, "cannot be closed cleanly: " + e.getMessage(), e);
        } finally {
            turn.unlock();
        }
    }
}
