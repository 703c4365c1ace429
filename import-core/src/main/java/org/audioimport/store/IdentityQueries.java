package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ACOUSTID_LOOKUP;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.FILE_IDENTITY;
import static org.audioimport.store.schema.Tables.FINGERPRINT;
import static org.audioimport.store.schema.Tables.MB_RECORDING;
import static org.audioimport.store.schema.Tables.MB_RELEASE;
import static org.audioimport.store.schema.Tables.TRACK;

import java.util.List;
import java.util.Optional;
import org.audioimport.store.schema.tables.File;
import org.audioimport.store.schema.tables.records.AcoustidLookupRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The identification queue and the cached answers, read from the catalogue. The queue is a query, not a
 * table: a file is due when it heads its duplicate group, has a fingerprint, and has no identity for its
 * current version, or an error whose retry time has come, or a lookup older than the refresh age.
 */
final class IdentityQueries {
    private IdentityQueries() {}

    static List<IdentityQueueItem> due(DSLContext sql, long afterFileId, int limit, long nowMs, Long refreshBeforeMs) {
        return sql.select(
                        FILE.ID,
                        FILE.PATH,
                        FILE.UPDATED_AT,
                        FINGERPRINT.CHROMAPRINT,
                        FILE.DURATION_TICKS,
                        TRACK.MUSICBRAINZ_RECORDING_ID)
                .from(FILE)
                .join(FINGERPRINT)
                .on(FINGERPRINT.FILE_ID.eq(FILE.ID))
                .leftJoin(TRACK)
                .on(TRACK.FILE_ID.eq(FILE.ID))
                .leftJoin(FILE_IDENTITY)
                .on(FILE_IDENTITY.FILE_ID.eq(FILE.ID))
                .leftJoin(ACOUSTID_LOOKUP)
                .on(ACOUSTID_LOOKUP.ID.eq(FILE_IDENTITY.LOOKUP_ID))
                .where(isDue(nowMs, refreshBeforeMs).and(FILE.ID.gt(afterFileId)))
                .orderBy(FILE.ID)
                .limit(limit)
                .fetch(r -> new IdentityQueueItem(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5() == null ? 0 : r.value5(),
                        r.value6()));
    }

    static int dueCount(DSLContext sql, long nowMs, Long refreshBeforeMs) {
        return sql.fetchCount(sql.select(FILE.ID)
                .from(FILE)
                .join(FINGERPRINT)
                .on(FINGERPRINT.FILE_ID.eq(FILE.ID))
                .leftJoin(FILE_IDENTITY)
                .on(FILE_IDENTITY.FILE_ID.eq(FILE.ID))
                .leftJoin(ACOUSTID_LOOKUP)
                .on(ACOUSTID_LOOKUP.ID.eq(FILE_IDENTITY.LOOKUP_ID))
                .where(isDue(nowMs, refreshBeforeMs)));
    }

    private static Condition isDue(long nowMs, Long refreshBeforeMs) {
        Condition stale = FILE_IDENTITY
                .FILE_ID
                .isNull()
                .or(FILE_IDENTITY.FILE_UPDATED_AT.ne(FILE.UPDATED_AT))
                .or(ACOUSTID_LOOKUP.STATUS.eq(IdentityLookup.ERROR).and(ACOUSTID_LOOKUP.RETRY_AT.le(nowMs)));
        if (refreshBeforeMs != null) {
            stale = stale.or(ACOUSTID_LOOKUP.LOOKED_UP_AT.lt(refreshBeforeMs));
        }
        return FILE.STATUS
                .eq("imported")
                .and(FILE.MISSING_SINCE.isNull())
                .and(FILE.DUPLICATE_OF.isNull().or(headMissing().and(FILE.ID.eq(firstPresentCopy()))))
                .and(FINGERPRINT.CHROMAPRINT.isNotNull())
                .and(stale);
    }

    /**
     * The file whose identity stands for the group of the query's {@code file} row: its first file, or, while that is missing
     * from disk (not yet purged), the first copy still there, so that a recording whose first file is away
     * is still looked up and shown.
     */
    private static Field<Long> standingFor() {
        return DSL.when(headMissing(), DSL.coalesce(firstPresentCopy(), FILE.DUPLICATE_OF))
                .otherwise(DSL.coalesce(FILE.DUPLICATE_OF, FILE.ID));
    }

    private static Condition headMissing() {
        File head = FILE.as("head");
        return DSL.exists(
                DSL.selectOne().from(head).where(head.ID.eq(FILE.DUPLICATE_OF).and(head.MISSING_SINCE.isNotNull())));
    }

    private static Field<Long> firstPresentCopy() {
        File copy = FILE.as("copy");
        return DSL.field(DSL.select(DSL.min(copy.ID))
                .from(copy)
                .where(copy.DUPLICATE_OF.eq(FILE.DUPLICATE_OF))
                .and(copy.MISSING_SINCE.isNull())
                .and(copy.STATUS.eq(FileStatus.IMPORTED.column())));
    }

    static Optional<IdentityLookup> lookup(DSLContext sql, String fingerprintSha256) {
        return sql.selectFrom(ACOUSTID_LOOKUP)
                .where(ACOUSTID_LOOKUP.FINGERPRINT_SHA256.eq(fingerprintSha256))
                .fetchOptional(IdentityQueries::lookup);
    }

    static Optional<IdentityRecording> recording(DSLContext sql, String mbid) {
        return sql.selectFrom(MB_RECORDING)
                .where(MB_RECORDING.MBID.eq(mbid))
                .fetchOptional(r -> new IdentityRecording(
                        r.getMbid(),
                        r.getTitle(),
                        r.getArtistCredit(),
                        r.getLengthMs(),
                        sql.selectFrom(MB_RELEASE)
                                .where(MB_RELEASE.RECORDING_MBID.eq(mbid))
                                .orderBy(MB_RELEASE.SEQ)
                                .fetch(x -> new IdentityRecording.Release(
                                        x.getReleaseMbid(),
                                        x.getTitle(),
                                        x.getDate(),
                                        x.getCountry(),
                                        x.getTrackPosition())),
                        r.getMusicbrainzResponse(),
                        r.getFetchedAt()));
    }

    /**
     * The identity of the file at {@code path}: that of the file standing for its duplicate group (its first
     * file, or the first copy still there while that is missing). Empty when
     * the path is not catalogued, failed, or has no fingerprint to look up.
     */
    static Optional<FileIdentity> identityOf(DSLContext sql, String path) {
        File subject = FILE.as("subject");
        return sql.select(subject.UPDATED_AT, FILE_IDENTITY.FILE_UPDATED_AT, ACOUSTID_LOOKUP.asterisk())
                .from(FILE)
                .join(FINGERPRINT)
                .on(FINGERPRINT.FILE_ID.eq(FILE.ID))
                .join(subject)
                .on(subject.ID.eq(standingFor()))
                .leftJoin(FILE_IDENTITY)
                .on(FILE_IDENTITY.FILE_ID.eq(subject.ID))
                .leftJoin(ACOUSTID_LOOKUP)
                .on(ACOUSTID_LOOKUP.ID.eq(FILE_IDENTITY.LOOKUP_ID))
                .where(FILE.PATH.eq(path).and(FILE.STATUS.eq("imported")).and(FINGERPRINT.CHROMAPRINT.isNotNull()))
                .fetchOptional()
                .map(r -> {
                    if (r.get(FILE_IDENTITY.FILE_UPDATED_AT) == null
                            || !r.get(FILE_IDENTITY.FILE_UPDATED_AT).equals(r.get(subject.UPDATED_AT))) {
                        return new FileIdentity(FileIdentity.PENDING, null, null);
                    }
                    IdentityLookup lookup = lookup(r.into(ACOUSTID_LOOKUP));
                    IdentityRecording recording = lookup.recordingMbid() == null || lookup.failed()
                            ? null
                            : recording(sql, lookup.recordingMbid()).orElse(null);
                    return new FileIdentity(lookup.status(), lookup, recording);
                });
    }

    private static IdentityLookup lookup(AcoustidLookupRecord r) {
        return new IdentityLookup(
                r.getFingerprintSha256(),
                r.getStatus(),
                r.getAcoustidId(),
                r.getScore(),
                r.getRecordingMbid(),
                r.getAcoustidResponse(),
                r.getError(),
                r.getFailures(),
                r.getLookedUpAt(),
                r.getRetryAt());
    }
}
