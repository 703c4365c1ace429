package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.SCAN_RUN;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.audioimport.scanning.PathText;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * A scan's bookkeeping: its {@code scan_run} row, the missing marks of the files it did not find (with their
 * albums' gain marks), and the purge of files missing for too long. Each is a short write of its own,
 * outside any file's transaction, and none is counted among the file transactions.
 */
final class ScanRecords {
    /** SQLite binds at most 32,766 values a statement; far fewer keep each statement short. */
    private static final int PATHS_PER_DELETE = 500;

    private final TransactionRunner runner;
    private final DSLContext sql;

    ScanRecords(TransactionRunner runner, DSLContext sql) {
        this.runner = runner;
        this.sql = sql;
    }

    long start(List<Path> roots, long startedAtMs) throws WriteException {
        String joined = roots.stream().map(PathText::of).collect(Collectors.joining("\n"));
        return runner.inTurn(
                "scan of " + joined.replace('\n', ' '),
                () -> sql.insertInto(SCAN_RUN)
                        .set(SCAN_RUN.STARTED_AT, startedAtMs)
                        .set(SCAN_RUN.ROOTS, joined)
                        .returningResult(SCAN_RUN.ID)
                        .fetchSingle()
                        .value1());
    }

    void finish(long scanId, ScanCounts counts, boolean completed, long finishedAtMs) throws WriteException {
        runner.inTurn(
                "scan " + scanId,
                () -> sql.update(SCAN_RUN)
                        .set(SCAN_RUN.FINISHED_AT, finishedAtMs)
                        .set(SCAN_RUN.OUTCOME, completed ? "completed" : "interrupted")
                        .set(SCAN_RUN.FILES_SEEN, (int) counts.filesSeen())
                        .set(SCAN_RUN.IMPORTED, (int) counts.imported())
                        .set(SCAN_RUN.UPDATED, (int) counts.updated())
                        .set(SCAN_RUN.UNCHANGED, (int) counts.unchanged())
                        .set(SCAN_RUN.MOVED, (int) counts.moved())
                        .set(SCAN_RUN.FAILED, (int) counts.failed())
                        .set(SCAN_RUN.MISSING, (int) counts.missing())
                        .set(SCAN_RUN.PURGED, (int) counts.purged())
                        .where(SCAN_RUN.ID.eq(scanId))
                        .execute());
    }

    void markMissing(long scanId, List<String> paths, long nowMs) throws WriteException {
        if (paths.isEmpty()) {
            return;
        }
        Condition goingMissing = FILE.PATH.in(paths).and(FILE.MISSING_SINCE.isNull());
        runner.inTransaction(paths.size() + " missing files", () -> {
            // A missing file's track no longer counts in its album's gain.
            AlbumGainMarks.markAlbumsOf(sql, goingMissing).execute();
            return sql.update(FILE)
                    .set(FILE.MISSING_SINCE, nowMs)
                    .set(FILE.LAST_SCAN_ID, scanId)
                    .where(goingMissing)
                    .execute();
        });
    }

    void markPresent(String path, long scanId) throws WriteException {
        runner.inTransaction(path, () -> {
            AlbumGainMarks.markAlbumsOf(sql, FILE.PATH.eq(path)).execute();
            return sql.update(FILE)
                    .set(FILE.MISSING_SINCE, (Long) null)
                    .set(FILE.LAST_SCAN_ID, scanId)
                    .where(FILE.PATH.eq(path))
                    .execute();
        });
    }

    int purgeMissing(List<String> paths, long missingSinceAtMostMs) throws WriteException {
        if (paths.isEmpty()) {
            return 0;
        }
        return runner.inTransaction("purge of missing files", () -> {
            int purged = 0;
            for (int from = 0; from < paths.size(); from += PATHS_PER_DELETE) {
                Condition goes = FILE.PATH
                        .in(paths.subList(from, Math.min(paths.size(), from + PATHS_PER_DELETE)))
                        .and(FILE.MISSING_SINCE.le(missingSinceAtMostMs));
                for (Query handOver :
                        RecordingGroups.handOver(sql.select(FILE.ID).from(FILE).where(goes))) {
                    sql.execute(handOver);
                }
                purged += sql.deleteFrom(FILE).where(goes).execute();
            }
            return purged;
        });
    }
}
