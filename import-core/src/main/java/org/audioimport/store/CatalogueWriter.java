package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.audioimport.scanning.PathText;
import org.audioimport.store.FingerprintRows.GroupPlace;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The batch-writer repository: writes one file's whole result in exactly one write transaction. What the
 * transaction needs to read (known artist and album ids, the duplicate group) is read before it begins,
 * with the turn held; inside it there are only inserts, upserts and deletes, so the write lock is held for
 * as short a time as possible. The mechanism (turns, busy retry, transactions, metrics, checkpoints) is
 * {@link TransactionRunner}'s; the rows are the mappers'; this class says which rows each result needs.
 */
public final class CatalogueWriter implements AutoCloseable {
    private final TransactionRunner runner;
    private final DSLContext sql;
    private final ScanRecords scans;

    private CatalogueWriter(TransactionRunner runner, DSLContext sql) {
        this.runner = runner;
        this.sql = sql;
        this.scans = new ScanRecords(runner, sql);
    }

    /** Opens the writer's own connection. {@code giveUpAfter} bounds how long a busy catalogue is retried. */
    public static CatalogueWriter open(Catalogue catalogue, Duration giveUpAfter) throws CatalogueException {
        return open(catalogue, giveUpAfter, WriteMode.TRANSACTION_PER_FILE, CoreGate.NONE);
    }

    /**
     * As {@link #open(Catalogue, Duration)}, committing a file's rows as {@code mode} says, each file
     * transaction on a core taken from {@code cores}.
     */
    public static CatalogueWriter open(Catalogue catalogue, Duration giveUpAfter, WriteMode mode, CoreGate cores)
            throws CatalogueException {
        try {
            Connection connection = catalogue.connect();
            try (Statement statement = connection.createStatement()) {
                // Busy waits belong to BusyRetry, where they are bounded, counted and backed off.
                statement.execute("PRAGMA busy_timeout = 0");
                // Checkpoints run between write transactions, never inside one: see WalCheckpoint.
                statement.execute("PRAGMA wal_autocheckpoint = 0");
            }
            TransactionRunner runner =
                    new TransactionRunner(catalogue.file(), connection, new BusyRetry(giveUpAfter), mode, cores);
            return new CatalogueWriter(runner, Catalogue.sql(connection));
        } catch (SQLException e) {
            throw new CatalogueException(catalogue.file(), "cannot open a write connection: " + e.getMessage(), e);
        }
    }

    /** Tells {@code holdNanos} the hold time of every write transaction from now on, as it commits. */
    public void observeTransactions(LongConsumer holdNanos) {
        runner.observeHoldTimes(holdNanos);
    }

    /** Records the start of a scan and returns its id. */
    public long startScan(List<Path> roots, long startedAtMs) throws WriteException {
        return scans.start(roots, startedAtMs);
    }

    /** Records the end of a scan with its counts; {@code completed} is false when it was interrupted. */
    public void finishScan(long scanId, ScanCounts counts, boolean completed, long finishedAtMs) throws WriteException {
        scans.finish(scanId, counts, completed, finishedAtMs);
    }

    /**
     * Writes everything one file produced in one transaction: all of it commits, or none of it. An imported
     * or refreshed file's phase groups replace their rows; a moved file's row changes path; a failed file
     * loses its track and phase rows.
     */
    public void write(long scanId, FileImport result, long nowMs) throws WriteException {
        String path = PathText.of(result.file().path());
        long wantedAt = System.nanoTime();
        // Rendered in the caller's thread, before its turn: these rows need nothing read from the catalogue.
        Field<Long> fileId = FileStatements.fileId(path);
        FileStatements childRows = new FileStatements(sql);
        switch (result) {
            case FileImport.Imported imported -> {
                PhaseRows.write(childRows, fileId, imported.phases());
                WarningRows.write(childRows, fileId, imported.warnings());
            }
            case FileImport.Refreshed refreshed -> PhaseRows.write(childRows, fileId, refreshed.phases());
            case FileImport.Moved moved -> {
                // The rows follow the file row: nothing of them changes.
            }
            case FileImport.Failed failed -> {
                PhaseRows.clear(childRows, fileId);
                WarningRows.write(childRows, fileId, List.of());
            }
        }
        // The album the file's track leaves and the one it joins (most often the same) need their gain again.
        FileStatements albumMark = new FileStatements(sql);
        albumMark.add(AlbumGainMarks.markAlbumsOf(sql, FILE.PATH.eq(path)));
        // The reads happen in the same turn, before BEGIN: a copy imported right after its original sees it.
        runner.holdingTurn(path, () -> {
            FileStatements statements = new FileStatements(sql);
            statements.addAll(albumMark);
            switch (result) {
                case FileImport.Imported imported ->
                    FileRows.imported(statements, scanId, imported, FileRows.readKnownIds(sql, imported), nowMs);
                case FileImport.Refreshed refreshed -> {
                    Optional<GroupPlace> group = refreshed
                            .phases()
                            .fingerprint()
                            .map(print -> FingerprintRows.findSameRecording(
                                    sql, path, print, refreshed.audio().durationSeconds()));
                    FileRows.refreshed(statements, scanId, refreshed, group, nowMs);
                }
                case FileImport.Moved moved -> FileRows.moved(statements, scanId, moved, nowMs);
                case FileImport.Failed failed -> FileRows.failed(statements, scanId, failed, nowMs);
            }
            statements.addAll(childRows);
            statements.addAll(albumMark);
            runner.commitFile(path, wantedAt, statements);
            return null;
        });
    }

    /** Marks files gone from disk as missing since now, in one transaction; their rows stay. */
    public void markMissing(long scanId, List<String> paths, long nowMs) throws WriteException {
        scans.markMissing(scanId, paths, nowMs);
    }

    /** Clears the missing mark of a file found again where it was, unchanged. */
    public void markPresent(String path, long scanId) throws WriteException {
        scans.markPresent(path, scanId);
    }

    /**
     * Deletes the files at {@code paths}, with all their rows, that are still marked missing since {@code
     * missingSinceAtMostMs} or earlier; returns how many. The scan's plan decides which files to purge;
     * the mark keeps a file another import found again meanwhile.
     */
    public int purgeMissing(List<String> paths, long missingSinceAtMostMs) throws WriteException {
        return scans.purgeMissing(paths, missingSinceAtMostMs);
    }

    /**
     * Up to {@code limit} albums marked as needing their gain, by this run or by an earlier one that never
     * reached its end, with ids above {@code afterAlbumId} in id order, each with all its present tracks'
     * gating blocks. Read with the turn held, outside any transaction.
     */
    public List<AlbumTracks> pendingAlbums(long afterAlbumId, int limit) throws WriteException {
        return runner.holdingTurn("album gains", () -> AlbumGainMarks.pending(sql, afterAlbumId, limit));
    }

    /**
     * Records the albums' gains and clears their marks, in one transaction; an album marked again since its
     * tracks were read keeps its mark. Returns how many albums were written.
     */
    public int writeAlbumGains(List<AlbumGain> gains) throws WriteException {
        if (gains.isEmpty()) {
            return 0;
        }
        return runner.inTransaction(gains.size() + " album gains", () -> {
            for (AlbumGain album : gains) {
                AlbumGainMarks.write(sql, album);
            }
            return gains.size();
        });
    }

    public WriteStats stats() {
        return runner.stats();
    }

    /** Empties the WAL and closes the connection. */
    @Override
    public void close() throws CatalogueException {
        runner.close();
    }
}
