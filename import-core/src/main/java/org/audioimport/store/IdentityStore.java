package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ACOUSTID_LOOKUP;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.FILE_IDENTITY;
import static org.audioimport.store.schema.Tables.MB_RECORDING;
import static org.audioimport.store.schema.Tables.MB_RELEASE;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The identification repository: the queue and the cached answers, and the writes of each outcome in a
 * small transaction of its own on its own short connection, apart from the import's per-file
 * transactions. It only ever writes the identification tables, never a file's imported rows.
 */
public final class IdentityStore {
    private final Catalogue catalogue;

    public IdentityStore(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Up to {@code limit} files due for identification with an id above {@code afterFileId}, by id. */
    public List<IdentityQueueItem> due(long afterFileId, int limit, long nowMs, Long refreshBeforeMs)
            throws CatalogueException {
        return read(sql -> IdentityQueries.due(sql, afterFileId, limit, nowMs, refreshBeforeMs));
    }

    /** How many files are due for identification now. */
    public int dueCount(long nowMs, Long refreshBeforeMs) throws CatalogueException {
        return read(sql -> IdentityQueries.dueCount(sql, nowMs, refreshBeforeMs));
    }

    /** The cached lookup of a fingerprint, by the key {@code acoustid_lookup.fingerprint_sha256}. */
    public Optional<IdentityLookup> lookup(String fingerprintSha256) throws CatalogueException {
        return read(sql -> IdentityQueries.lookup(sql, fingerprintSha256));
    }

    /** The cached MusicBrainz recording. */
    public Optional<IdentityRecording> recording(String mbid) throws CatalogueException {
        return read(sql -> IdentityQueries.recording(sql, mbid));
    }

    /** The identity {@code show} reports for the file at {@code path}; empty when it has no fingerprint. */
    public Optional<FileIdentity> identityOf(String path) throws CatalogueException {
        return read(sql -> IdentityQueries.identityOf(sql, path));
    }

    /**
     * Records one outcome in one transaction: the recording fetched (if any, with its releases), the
     * lookup (replacing the fingerprint's earlier one), and the file's link to it. A file deleted in the
     * meantime gets no link.
     */
    public void record(IdentityQueueItem file, IdentityLookup lookup, IdentityRecording fetched)
            throws CatalogueException {
        try (Connection connection = catalogue.connect();
                Statement begin = connection.createStatement()) {
            DSLContext sql = Catalogue.sql(connection);
            begin.execute("BEGIN IMMEDIATE");
            try {
                if (fetched != null) {
                    writeRecording(sql, fetched);
                }
                long lookupId = writeLookup(sql, lookup);
                sql.insertInto(
                                FILE_IDENTITY,
                                FILE_IDENTITY.FILE_ID,
                                FILE_IDENTITY.LOOKUP_ID,
                                FILE_IDENTITY.FILE_UPDATED_AT)
                        .select(DSL.select(FILE.ID, DSL.val(lookupId), DSL.val(file.fileUpdatedAt()))
                                .from(FILE)
                                .where(FILE.ID.eq(file.fileId())))
                        .onConflict(FILE_IDENTITY.FILE_ID)
                        .doUpdate()
                        .set(FILE_IDENTITY.LOOKUP_ID, DSL.excluded(FILE_IDENTITY.LOOKUP_ID))
                        .set(FILE_IDENTITY.FILE_UPDATED_AT, DSL.excluded(FILE_IDENTITY.FILE_UPDATED_AT))
                        .execute();
                begin.execute("COMMIT");
            } catch (SQLException | DataAccessException e) {
                begin.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException | DataAccessException e) {
            throw new CatalogueException(
                    catalogue.file(),
                    "cannot record the identity of " + file.path() + ": " + Catalogue.rootMessage(e),
                    e);
        }
    }

    private static long writeLookup(DSLContext sql, IdentityLookup lookup) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(ACOUSTID_LOOKUP.STATUS, lookup.status());
        columns.put(ACOUSTID_LOOKUP.ACOUSTID_ID, lookup.acoustidId());
        columns.put(ACOUSTID_LOOKUP.SCORE, lookup.score());
        columns.put(ACOUSTID_LOOKUP.RECORDING_MBID, lookup.recordingMbid());
        columns.put(ACOUSTID_LOOKUP.ACOUSTID_RESPONSE, lookup.acoustidResponse());
        columns.put(ACOUSTID_LOOKUP.ERROR, lookup.error());
        columns.put(ACOUSTID_LOOKUP.FAILURES, lookup.failures());
        columns.put(ACOUSTID_LOOKUP.LOOKED_UP_AT, lookup.lookedUpAtMs());
        columns.put(ACOUSTID_LOOKUP.RETRY_AT, lookup.retryAtMs());
        sql.execute(Upsert.into(
                ACOUSTID_LOOKUP,
                ACOUSTID_LOOKUP.FINGERPRINT_SHA256,
                Map.of(ACOUSTID_LOOKUP.FINGERPRINT_SHA256, lookup.fingerprintSha256()),
                columns));
        // Read back rather than RETURNING: on the update path jOOQ's SQLite emulation returns no row.
        return sql.select(ACOUSTID_LOOKUP.ID)
                .from(ACOUSTID_LOOKUP)
                .where(ACOUSTID_LOOKUP.FINGERPRINT_SHA256.eq(lookup.fingerprintSha256()))
                .fetchSingle(ACOUSTID_LOOKUP.ID);
    }

    private static void writeRecording(DSLContext sql, IdentityRecording recording) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(MB_RECORDING.TITLE, recording.title());
        columns.put(MB_RECORDING.ARTIST_CREDIT, recording.artistCredit());
        columns.put(MB_RECORDING.LENGTH_MS, recording.lengthMs());
        columns.put(MB_RECORDING.MUSICBRAINZ_RESPONSE, recording.musicbrainzResponse());
        columns.put(MB_RECORDING.FETCHED_AT, recording.fetchedAtMs());
        sql.execute(Upsert.into(MB_RECORDING, MB_RECORDING.MBID, Map.of(MB_RECORDING.MBID, recording.mbid()), columns));
        sql.deleteFrom(MB_RELEASE)
                .where(MB_RELEASE.RECORDING_MBID.eq(recording.mbid()))
                .execute();
        int seq = 0;
        for (IdentityRecording.Release release : recording.releases()) {
            sql.insertInto(MB_RELEASE)
                    .set(MB_RELEASE.RECORDING_MBID, recording.mbid())
                    .set(MB_RELEASE.SEQ, seq++)
                    .set(MB_RELEASE.RELEASE_MBID, release.mbid())
                    .set(MB_RELEASE.TITLE, release.title())
                    .set(MB_RELEASE.DATE, release.date())
                    .set(MB_RELEASE.COUNTRY, release.country())
                    .set(MB_RELEASE.TRACK_POSITION, release.trackPosition())
                    .execute();
        }
    }

    private <T> T read(Function<DSLContext, T> query) throws CatalogueException {
        try (Connection connection = catalogue.connect()) {
            return query.apply(Catalogue.sql(connection));
        } catch (SQLException | DataAccessException e) {
            throw new CatalogueException(catalogue.file(), "cannot be read: " + Catalogue.rootMessage(e), e);
        }
    }
}
