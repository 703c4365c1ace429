package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ALBUM;
import static org.audioimport.store.schema.Tables.ANALYSIS;
import static org.audioimport.store.schema.Tables.ARTIST;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.SCAN_RUN;
import static org.audioimport.store.schema.Tables.TRACK;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import dev.failsafe.function.CheckedSupplier;
import java.util.stream.Collectors;
import org.audioimport.store.BusyRetry.BusyException;
import org.audioimport.analyze.GatingBlocks;
import org.audioimport.analyze.ReplayGain;
import org.audioimport.scanning.FoundFile;
import org.audioimport.tags.MusicBrainzIds;
import org.audioimport.tags.Tags;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The batch-writer repository: writes one file's whole result in exactly one write transaction.
 * The artist and album ids a file needs are read before the transaction begins; inside it there are
 * only inserts and upserts, so the write lock is held for as short a time as possible. Writers in this
 * process take turns on one connection; another process holding the lock is waited out by
 * {@link BusyRetry}.
 */
public final class CatalogueWriter implements AutoCloseable {
    private final Connection connection;
    private final WalCheckpoint checkpoint;
    private final DSLContext sql;
    private final BusyRetry retry;
    private final WriteMetrics metrics = new WriteMetrics();
    private final ReentrantLock turn = new ReentrantLock(true);
    private final PreparedStatements prepared;
    private final WriteMode mode;
    /** Where file transactions borrow a core; a semaphore that is never short by default. */
    private volatile Semaphore cores = new Semaphore(1);

    private CatalogueWriter(Connection connection, WalCheckpoint checkpoint, BusyRetry retry, WriteMode mode) {
        this.connection = connection;
        this.checkpoint = checkpoint;
        this.sql = Catalogue.sql(connection);
        this.prepared = new PreparedStatements(connection);
        this.retry = retry;
        this.mode = mode;
    }

    /** Opens the writer's own connection. {@code giveUpAfter} bounds how long a busy catalogue is retried. */
    public static CatalogueWriter open(Catalogue catalogue, Duration giveUpAfter) throws CatalogueException {
        return open(catalogue, giveUpAfter, WriteMode.TRANSACTION_PER_FILE);
    }

    /** As {@link #open(Catalogue, Duration)}, committing a file's rows as {@code mode} says. */
    public static CatalogueWriter open(Catalogue catalogue, Duration giveUpAfter, WriteMode mode) throws CatalogueException {
        try {
            Connection connection = catalogue.connect();
            try (Statement statement = connection.createStatement()) {
                // Busy waits belong to BusyRetry, where they are bounded, counted and backed off.
                statement.execute("PRAGMA busy_timeout = 0");
                // Checkpoints run between write transactions, never inside one: see WalCheckpoint.
                statement.execute("PRAGMA wal_autocheckpoint = 0");
            }
            return new CatalogueWriter(connection, new WalCheckpoint(catalogue.file()), new BusyRetry(giveUpAfter), mode);
        } catch (SQLException e) {
            throw new CatalogueException(catalogue.file(), "cannot open a write connection: " + e.getMessage(), e);
        }
    }

    /**
     * Makes each file transaction hold one permit of {@code cores} while it runs: the import's computing
     * threads lend one at their next decoded block, so that the transaction runs on a core of its own
     * instead of queueing for one, with the write lock held, behind CPU-bound threads.
     */
    public void borrowCoresFrom(Semaphore cores) {
        this.cores = cores;
    }

    /** Tells {@code holdNanos} the hold time of every write transaction from now on, as it commits. */
    public void observeTransactions(java.util.function.LongConsumer holdNanos) {
        metrics.observeHoldTimes(holdNanos);
    }

    /** Records the start of a scan and returns its id. */
    public long startScan(List<Path> roots, long startedAtMs) throws WriteException {
        String joined = roots.stream().map(Path::toString).collect(Collectors.joining("\n"));
        return inTurn("scan of " + joined.replace('\n', ' '), () -> sql.insertInto(SCAN_RUN)
                .set(SCAN_RUN.STARTED_AT, startedAtMs)
                .set(SCAN_RUN.ROOTS, joined)
                .returningResult(SCAN_RUN.ID)
                .fetchSingle()
                .value1());
    }

    /** Records the end of a scan with its counts; {@code completed} is false when it was interrupted. */
    public void finishScan(long scanId, ScanCounts counts, boolean completed, long finishedAtMs) throws WriteException {
        inTurn("scan " + scanId, () -> sql.update(SCAN_RUN)
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

    /** Writes everything one file produced in one transaction: all of it commits, or none of it. */
    public void write(long scanId, FileImport result, long nowMs) throws WriteException {
        String path = result.file().path().toString();
        long wantedAt = System.nanoTime();
        // Rendered in the caller's thread, before its turn: the rows below need nothing read from the catalogue.
        FileStatements rows = new FileStatements(sql);
        childRows(rows, FileStatements.fileId(path), result);
        // The reads happen in the same turn, before BEGIN: a copy imported right after its original sees it.
        turn.lock();
        try {
            FileStatements statements = new FileStatements(sql);
            switch (result) {
                case FileImport.Imported imported -> {
                    KnownIds known = readKnownIds(imported);
                    upsertFile(statements, scanId, path, fileColumns(imported, known), nowMs);
                    upsertTrack(statements, FileStatements.fileId(path), imported.tags(), known);
                }
                case FileImport.Failed failed -> upsertFile(statements, scanId, path, failedColumns(failed), nowMs);
            }
            statements.addAll(rows);
            inFileTransaction(path, wantedAt, statements);
        } catch (DataAccessException e) {
            throw new WriteException(path, "catalogue read failed: " + Catalogue.rootMessage(e), e);
        } finally {
            turn.unlock();
        }
    }

    /**
     * Replaces only the rows of the phases that were run again on an unchanged file (after their
     * algorithm changed), and with a new fingerprint its duplicate link: one transaction, the file's
     * other rows untouched.
     */
    public void refresh(long scanId, String path, RefreshedPhases fresh, long nowMs) throws WriteException {
        long wantedAt = System.nanoTime();
        turn.lock();
        try {
            Long duplicateOf = fresh.fingerprint() == null ? null
                    : FingerprintRows.findSameRecording(sql, path, fresh.fingerprint(), fresh.durationSeconds()).orElse(null);
            Field<Long> fileId = FileStatements.fileId(path);
            FileStatements statements = new FileStatements(sql);
            var file = DSL.update(FILE).set(FILE.LAST_SCAN_ID, scanId).set(FILE.UPDATED_AT, nowMs);
            if (fresh.fingerprint() != null) {
                FingerprintRows.write(statements, fileId, fresh.fingerprint());
                file = file.set(FILE.DUPLICATE_OF, duplicateOf);
            }
            if (fresh.segments() != null) {
                AnalysisRows.write(statements, fileId, fresh.segments(), fresh.analysis());
            }
            if (fresh.flavor() != null) {
                FlavorRows.write(statements, fileId, fresh.flavor());
            }
            statements.add(file.where(FILE.PATH.eq(path)));
            inFileTransaction(path, wantedAt, statements);
        } catch (DataAccessException e) {
            throw new WriteException(path, "catalogue read failed: " + Catalogue.rootMessage(e), e);
        } finally {
            turn.unlock();
        }
    }

    /**
     * Records that a catalogued file now lives at another path (same content): its row, and so its
     * identity and analysis, follow it. One transaction; nothing is decoded.
     */
    public void move(long scanId, KnownFile from, FoundFile to, long nowMs) throws WriteException {
        long wantedAt = System.nanoTime();
        FileStatements statements = new FileStatements(sql);
        statements.add(DSL.update(FILE)
                .set(FILE.PATH, to.path().toString())
                .set(FILE.SIZE_BYTES, to.sizeBytes())
                .set(FILE.MTIME_MS, to.mtimeMs())
                .set(FILE.MISSING_SINCE, (Long) null)
                .set(FILE.LAST_SCAN_ID, scanId)
                .set(FILE.UPDATED_AT, nowMs)
                .where(FILE.PATH.eq(from.path())));
        inFileTransaction(to.path().toString(), wantedAt, statements);
    }

    /** Marks files gone from disk as missing since now, in one transaction; their rows stay. */
    public void markMissing(long scanId, List<String> paths, long nowMs) throws WriteException {
        if (paths.isEmpty()) {
            return;
        }
        inTransaction(paths.size() + " missing files", () -> sql.update(FILE)
                .set(FILE.MISSING_SINCE, nowMs)
                .set(FILE.LAST_SCAN_ID, scanId)
                .where(FILE.PATH.in(paths).and(FILE.MISSING_SINCE.isNull()))
                .execute());
    }

    /** Clears the missing mark of a file found again where it was, unchanged. */
    public void markPresent(String path, long scanId) throws WriteException {
        inTransaction(path, () -> sql.update(FILE)
                .set(FILE.MISSING_SINCE, (Long) null)
                .set(FILE.LAST_SCAN_ID, scanId)
                .where(FILE.PATH.eq(path))
                .execute());
    }

    /**
     * Sets the ReplayGain 2.0 album gain of every album a file of this scan belongs to, from all the
     * album's present tracks' gating blocks together (exact, not an average of track gains). Reads
     * first, then one transaction for all the albums; returns how many albums were updated.
     */
    public int updateAlbumGains(long scanId) throws WriteException {
        turn.lock();
        try {
            Map<Long, List<TrackBlocks>> byAlbum = new LinkedHashMap<>();
            sql.select(TRACK.ALBUM_ID, ANALYSIS.FILE_ID, ANALYSIS.GATING_BLOCKS)
                    .from(TRACK)
                    .join(ANALYSIS).on(ANALYSIS.FILE_ID.eq(TRACK.FILE_ID))
                    .join(FILE).on(FILE.ID.eq(TRACK.FILE_ID))
                    .where(FILE.MISSING_SINCE.isNull().and(TRACK.ALBUM_ID.in(
                            sql.selectDistinct(TRACK.ALBUM_ID).from(TRACK).join(FILE).on(FILE.ID.eq(TRACK.FILE_ID))
                                    .where(FILE.LAST_SCAN_ID.eq(scanId).and(TRACK.ALBUM_ID.isNotNull())))))
                    .fetch()
                    .forEach(r -> byAlbum.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new TrackBlocks(r.value2(), GatingBlocks.fromBytes(r.value3()))));
            if (byAlbum.isEmpty()) {
                return 0;
            }
            return inTransaction(byAlbum.size() + " album gains", () -> {
                for (List<TrackBlocks> tracks : byAlbum.values()) {
                    Double gain = ReplayGain.albumGainDb(tracks.stream().map(TrackBlocks::blocks).toList());
                    sql.update(ANALYSIS)
                            .set(ANALYSIS.ALBUM_GAIN_DB, gain)
                            .where(ANALYSIS.FILE_ID.in(tracks.stream().map(TrackBlocks::fileId).toList()))
                            .execute();
                }
                return byAlbum.size();
            });
        } catch (DataAccessException e) {
            throw new WriteException("album gains", "catalogue read failed: " + Catalogue.rootMessage(e), e);
        } finally {
            turn.unlock();
        }
    }

    private record TrackBlocks(long fileId, GatingBlocks blocks) {
    }

    /**
     * Deletes the files under {@code roots} missing since before {@code missingBeforeMs}, with all their
     * rows; returns how many. Files under folders this scan did not look at are left alone.
     */
    public int purgeMissing(List<Path> roots, long missingBeforeMs) throws WriteException {
        Condition underRoots = DSL.falseCondition();
        for (Path root : roots) {
            underRoots = underRoots.or(FILE.PATH.startsWith(root.toAbsolutePath().normalize() + "/"));
        }
        Condition purgeable = FILE.MISSING_SINCE.lt(missingBeforeMs).and(underRoots);
        return inTransaction("purge of missing files", () -> sql.deleteFrom(FILE).where(purgeable).execute());
    }

    public WriteStats stats() {
        return metrics.snapshot(retry.retries());
    }

    private KnownIds readKnownIds(FileImport.Imported imported) {
        Long duplicateOf = FingerprintRows.findSameRecording(sql, imported.file().path().toString(),
                imported.fingerprint(), imported.audio().durationSeconds()).orElse(null);
        Tags tags = imported.tags();
        List<String> names = artistNames(tags);
        if (names.isEmpty()) {
            return new KnownIds(Map.of(), null, duplicateOf);
        }
        Map<String, Long> artists = sql.select(ARTIST.NAME, ARTIST.ID)
                .from(ARTIST)
                .where(ARTIST.NAME.in(names))
                .fetchMap(ARTIST.NAME, ARTIST.ID);
        Long albumId = null;
        Long albumArtistId = artists.get(tags.albumArtistOrArtist());
        if (tags.album() != null && albumArtistId != null) {
            albumId = sql.select(ALBUM.ID)
                    .from(ALBUM)
                    .where(ALBUM.TITLE.eq(tags.album()).and(ALBUM.ALBUM_ARTIST_ID.eq(albumArtistId)))
                    .fetchOne(ALBUM.ID);
        }
        return new KnownIds(artists, albumId, duplicateOf);
    }

    private static List<String> artistNames(Tags tags) {
        if (tags.album() == null) {
            return tags.artist() == null ? List.of() : List.of(tags.artist());
        }
        return tags.artist() == null || tags.artist().equals(tags.albumArtistOrArtist())
                ? List.of(tags.albumArtistOrArtist())
                : List.of(tags.artist(), tags.albumArtistOrArtist());
    }

    /** The file's rows other than its own and its track's: they follow the file row in its transaction. */
    private static void childRows(FileStatements out, Field<Long> fileId, FileImport result) {
        switch (result) {
            case FileImport.Imported imported -> {
                FingerprintRows.write(out, fileId, imported.fingerprint());
                AnalysisRows.write(out, fileId, imported.segments(), imported.analysis());
                FlavorRows.write(out, fileId, imported.flavor());
                WarningRows.write(out, fileId, imported.warnings());
            }
            case FileImport.Failed failed -> {
                out.add(DSL.deleteFrom(TRACK).where(TRACK.FILE_ID.eq(fileId)));
                FingerprintRows.clear(out, fileId);
                FlavorRows.clear(out, fileId);
                AnalysisRows.clear(out, fileId);
                WarningRows.write(out, fileId, List.of());
            }
        }
    }

    private static Map<Field<?>, Object> fileColumns(FileImport.Imported imported, KnownIds known) {
        AudioProperties audio = imported.audio();
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(FILE.SIZE_BYTES, imported.file().sizeBytes());
        columns.put(FILE.MTIME_MS, imported.file().mtimeMs());
        columns.put(FILE.CONTENT_HASH, imported.contentHash());
        columns.put(FILE.CONTAINER, audio.container());
        columns.put(FILE.CODEC, audio.codec());
        columns.put(FILE.SAMPLE_RATE, audio.sampleRate());
        columns.put(FILE.CHANNELS, audio.channels());
        columns.put(FILE.BIT_DEPTH, audio.bitDepth());
        columns.put(FILE.BITRATE_KBPS, audio.bitrateKbps());
        columns.put(FILE.DURATION_TICKS, audio.durationTicks());
        columns.put(FILE.STATUS, "imported");
        columns.put(FILE.FAILURE_REASON, null);
        columns.put(FILE.DUPLICATE_OF, known.duplicateOf());
        columns.put(FILE.MISSING_SINCE, null);
        return columns;
    }

    private static Map<Field<?>, Object> failedColumns(FileImport.Failed failed) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(FILE.SIZE_BYTES, failed.file().sizeBytes());
        columns.put(FILE.MTIME_MS, failed.file().mtimeMs());
        columns.put(FILE.CONTENT_HASH, null);
        columns.put(FILE.CONTAINER, null);
        columns.put(FILE.CODEC, null);
        columns.put(FILE.SAMPLE_RATE, null);
        columns.put(FILE.CHANNELS, null);
        columns.put(FILE.BIT_DEPTH, null);
        columns.put(FILE.BITRATE_KBPS, null);
        columns.put(FILE.DURATION_TICKS, null);
        columns.put(FILE.STATUS, "failed");
        columns.put(FILE.FAILURE_REASON, failed.reason());
        columns.put(FILE.DUPLICATE_OF, null);
        columns.put(FILE.MISSING_SINCE, null);
        return columns;
    }

    /** Inserts or updates the file's row; the statements after it find it by its path. */
    private static void upsertFile(FileStatements out, long scanId, String path, Map<Field<?>, Object> columns, long nowMs) {
        columns.put(FILE.UPDATED_AT, nowMs);
        columns.put(FILE.LAST_SCAN_ID, scanId);
        out.add(DSL.insertInto(FILE)
                .set(FILE.PATH, path)
                .set(FILE.FIRST_SEEN_AT, nowMs)
                .set(columns)
                .onConflict(FILE.PATH)
                .doUpdate()
                .set(excludedValuesOf(columns)));
    }

    private static void upsertTrack(FileStatements out, Field<Long> fileId, Tags tags, KnownIds known) {
        Field<Long> artistId = tags.artist() == null ? DSL.inline((Long) null)
                : artistId(out, tags.artist(), tags.musicBrainz().artistId(), known);
        Field<Long> albumId = tags.album() == null ? DSL.inline((Long) null) : albumId(out, tags, known);
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(TRACK.TITLE, tags.title());
        columns.put(TRACK.ARTIST_ID, artistId);
        columns.put(TRACK.ALBUM_ID, albumId);
        columns.put(TRACK.TRACK_NUMBER, tags.track());
        columns.put(TRACK.TRACK_TOTAL, tags.trackTotal());
        columns.put(TRACK.DISC_NUMBER, tags.disc());
        columns.put(TRACK.DISC_TOTAL, tags.discTotal());
        columns.put(TRACK.DATE, tags.date());
        columns.put(TRACK.GENRE, tags.genre());
        columns.put(TRACK.MUSICBRAINZ_RECORDING_ID, tags.musicBrainz().recordingId());
        columns.put(TRACK.MUSICBRAINZ_TRACK_ID, tags.musicBrainz().releaseTrackId());
        out.add(DSL.insertInto(TRACK)
                .set(TRACK.FILE_ID, fileId)
                .set(columns)
                .onConflict(TRACK.FILE_ID)
                .doUpdate()
                .set(excludedValuesOf(columns)));
    }

    /** On conflict, every column takes the value the insert tried to write. */
    private static Map<Field<?>, Object> excludedValuesOf(Map<Field<?>, Object> columns) {
        Map<Field<?>, Object> excluded = new LinkedHashMap<>();
        for (Field<?> field : columns.keySet()) {
            excluded.put(field, DSL.excluded(field));
        }
        return excluded;
    }

    /**
     * The artist's id: known from the read before the transaction, or inserted (its MusicBrainz id filled
     * if new) and then found by name.
     */
    private static Field<Long> artistId(FileStatements out, String name, String musicBrainzId, KnownIds known) {
        Long id = known.artists().get(name);
        if (id != null && musicBrainzId == null) {
            return DSL.val(id);
        }
        // Another process may have added the artist since the read: the upsert holds either way.
        out.add(DSL.insertInto(ARTIST)
                .set(ARTIST.NAME, name)
                .set(ARTIST.MUSICBRAINZ_ID, musicBrainzId)
                .onConflict(ARTIST.NAME)
                .doUpdate()
                .set(ARTIST.MUSICBRAINZ_ID, DSL.coalesce(ARTIST.MUSICBRAINZ_ID, DSL.excluded(ARTIST.MUSICBRAINZ_ID))));
        return DSL.field(DSL.select(ARTIST.ID).from(ARTIST).where(ARTIST.NAME.eq(name)));
    }

    /** The album's id, as {@link #artistId}: a file tagged with release ids fills those the album lacks. */
    private static Field<Long> albumId(FileStatements out, Tags tags, KnownIds known) {
        MusicBrainzIds ids = tags.musicBrainz();
        if (known.albumId() != null && ids.releaseId() == null && ids.releaseGroupId() == null) {
            return DSL.val(known.albumId());
        }
        Field<Long> albumArtistId = artistId(out, tags.albumArtistOrArtist(), ids.albumArtistId(), known);
        out.add(DSL.insertInto(ALBUM)
                .set(ALBUM.TITLE, tags.album())
                .set(ALBUM.ALBUM_ARTIST_ID, albumArtistId)
                .set(ALBUM.MUSICBRAINZ_RELEASE_ID, ids.releaseId())
                .set(ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID, ids.releaseGroupId())
                .onConflict(ALBUM.TITLE, ALBUM.ALBUM_ARTIST_ID)
                .doUpdate()
                .set(ALBUM.MUSICBRAINZ_RELEASE_ID,
                        DSL.coalesce(ALBUM.MUSICBRAINZ_RELEASE_ID, DSL.excluded(ALBUM.MUSICBRAINZ_RELEASE_ID)))
                .set(ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID,
                        DSL.coalesce(ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID, DSL.excluded(ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID))));
        return DSL.field(DSL.select(ALBUM.ID).from(ALBUM)
                .where(ALBUM.TITLE.eq(tags.album()).and(ALBUM.ALBUM_ARTIST_ID.eq(albumArtistId))));
    }

    /**
     * A file's one write transaction: counted, its hold time measured from the moment the write lock is
     * held, and the wait for that lock (in this process and from others) measured from {@code wantedAt}.
     */
    private void inFileTransaction(String subject, long wantedAt, FileStatements statements) throws WriteException {
        if (mode == WriteMode.TRANSACTION_PER_STATEMENT) {
            inStatementTransactions(subject, wantedAt, statements);
            return;
        }
        long[] lockedAt = new long[1];
        Semaphore core = cores;
        inTurn(subject, () -> {
            core.acquireUninterruptibly();
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
                core.release();
            }
        });
        metrics.recordTransaction(System.nanoTime() - lockedAt[0]);
        metrics.recordLockWait(lockedAt[0] - wantedAt);
        checkpointAfterCommit();
    }

    /**
     * The baseline's write ({@link WriteMode#TRANSACTION_PER_STATEMENT}): no BEGIN or COMMIT, so each
     * statement commits by itself and is counted as a transaction, held while it runs. The lock wait ends
     * when the first statement may run.
     */
    private void inStatementTransactions(String subject, long wantedAt, FileStatements statements) throws WriteException {
        long[] runningAt = new long[1];
        Semaphore core = cores;
        inTurn(subject, () -> {
            core.acquireUninterruptibly();
            try {
                runningAt[0] = System.nanoTime();
                for (int i = 0; i < statements.size(); i++) {
                    long startedAt = System.nanoTime();
                    statements.run(i, prepared);
                    metrics.recordTransaction(System.nanoTime() - startedAt);
                }
                return null;
            } finally {
                core.release();
            }
        });
        metrics.recordLockWait(runningAt[0] - wantedAt);
        checkpointAfterCommit();
    }

    private void checkpointAfterCommit() {
        turn.lock();
        try {
            checkpoint.afterCommit(connection);
        } finally {
            turn.unlock();
        }
    }

    /** Runs the statements in one write transaction, retried whole while the catalogue is busy. */
    private <T> T inTransaction(String subject, CheckedSupplier<T> statements) throws WriteException {
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

    private <T> T inTurn(String subject, CheckedSupplier<T> statement) throws WriteException {
        turn.lock();
        try {
            return retry.run(statement);
        } catch (BusyException e) {
            throw new WriteException(subject, e.getMessage(), e);
        } catch (SQLException | DataAccessException e) {
            throw new WriteException(subject, "catalogue write failed: " + Catalogue.rootMessage(e), e);
        } finally {
            turn.unlock();
        }
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

    @Override
    public void close() throws SQLException {
        turn.lock();
        try (connection; prepared) {
            checkpoint.truncate(connection);
        } finally {
            turn.unlock();
        }
    }

    /**
     * What is read before the transaction: known artist and album ids (what is missing is inserted inside
     * it) and the first file of the same recording, if one is catalogued.
     */
    private record KnownIds(Map<String, Long> artists, Long albumId, Long duplicateOf) {
    }
}
