package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.FLAVOR;
import static org.audioimport.store.schema.Tables.TRACK;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.audioimport.flavor.FlavorVector;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The reads the similarity index needs: flavor vectors by row id, and which rows are live tracks. */
final class FlavorQueries {
    private FlavorQueries() {}

    /**
     * The vectors of {@code versions} written after row {@code mark}, in id order, and the highest row id
     * ever committed. Row ids rise in commit order and are never reused (AUTOINCREMENT keeps the highest
     * in sqlite_sequence, even once that row is deleted), so every row up to that id is committed: once
     * these are in, an index has caught up to it.
     */
    static FlavorRowsAfter vectorsAfter(DSLContext sql, long mark, FlavorVersions versions) {
        long newest = newestRowId(sql);
        List<StoredVector> vectors = sql.select(FLAVOR.ID, FLAVOR.VECTOR)
                .from(FLAVOR)
                .where(FLAVOR.ID.gt(mark).and(FLAVOR.ID.le(newest)).and(indexable(versions)))
                .orderBy(FLAVOR.ID)
                .fetch(r -> new StoredVector(r.value1(), VectorBlob.fromBytes(r.value2())));
        return new FlavorRowsAfter(vectors, newest);
    }

    /** The highest flavor row id ever committed; 0 before the first. */
    static long newestRowId(DSLContext sql) {
        return sql.select(DSL.field("seq", Long.class))
                .from(DSL.table("sqlite_sequence"))
                .where(DSL.field("name", String.class).eq(FLAVOR.getName()))
                .fetchOptional(0, Long.class)
                .orElse(0L);
    }

    /** The present, imported files that have a vector of {@code versions}, by their flavor row id. */
    static Map<Long, FlavorTrack> liveTracks(DSLContext sql, FlavorVersions versions) {
        Map<Long, FlavorTrack> live = new HashMap<>();
        sql.select(FLAVOR.ID, FILE.ID, FILE.PATH, FILE.DUPLICATE_OF, TRACK.ALBUM_ID)
                .from(FLAVOR)
                .join(FILE)
                .on(FILE.ID.eq(FLAVOR.FILE_ID))
                .leftJoin(TRACK)
                .on(TRACK.FILE_ID.eq(FILE.ID))
                .where(indexable(versions)
                        .and(FILE.MISSING_SINCE.isNull())
                        .and(FILE.STATUS.eq(FileStatus.IMPORTED.column())))
                .fetch()
                .forEach(r -> live.put(
                        r.value1(),
                        new FlavorTrack(r.value2(), r.value3(), recordingOf(r.value2(), r.value4()), r.value5())));
        return live;
    }

    /** What the catalogue holds of the file at {@code path} for a similarity query. */
    static Optional<StoredFlavor> flavorOf(DSLContext sql, String path) {
        return sql.select(
                        FILE.ID,
                        FILE.DUPLICATE_OF,
                        FILE.STATUS,
                        FILE.FAILURE_REASON,
                        FLAVOR.ID,
                        FLAVOR.VERSION,
                        FLAVOR.VECTOR,
                        FLAVOR.NO_VECTOR,
                        TRACK.ALBUM_ID)
                .from(FILE)
                .leftJoin(FLAVOR)
                .on(FLAVOR.FILE_ID.eq(FILE.ID))
                .leftJoin(TRACK)
                .on(TRACK.FILE_ID.eq(FILE.ID))
                .where(FILE.PATH.eq(path))
                .fetchOptional(r -> {
                    byte[] vector = r.value7();
                    boolean whole = vector != null && vector.length == FlavorVector.DIMENSION * Float.BYTES;
                    return new StoredFlavor(
                            new FlavorTrack(r.value1(), path, recordingOf(r.value1(), r.value2()), r.value9()),
                            FileStatus.of(r.value3()),
                            r.value4(),
                            r.value5(),
                            r.value6(),
                            whole ? VectorBlob.fromBytes(vector) : null,
                            vector == null || whole
                                    ? r.value8()
                                    : "its stored vector is damaged (touch the file and import it again)");
                });
    }

    /**
     * A vector of {@code versions} the index can take: whole and not all zeros. The writer only stores
     * such vectors; a row damaged on disk is left out here rather than refused by the index later.
     */
    private static Condition indexable(FlavorVersions versions) {
        int bytes = FlavorVector.DIMENSION * Float.BYTES;
        return FLAVOR.VERSION
                .between(versions.oldest(), versions.newest())
                .and(DSL.field("length({0})", Integer.class, FLAVOR.VECTOR).eq(bytes))
                .and(FLAVOR.VECTOR.ne(DSL.field("zeroblob({0})", byte[].class, DSL.inline(bytes))));
    }

    /** Copies of one recording share the id of its first catalogued file. */
    private static long recordingOf(long fileId, Long duplicateOf) {
        return duplicateOf == null ? fileId : duplicateOf;
    }
}
