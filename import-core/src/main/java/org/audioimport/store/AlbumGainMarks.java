package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ALBUM_GAIN_PENDING;
import static org.audioimport.store.schema.Tables.ANALYSIS;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.TRACK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.audioimport.analyze.GatingBlocks;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * The albums whose gain must be computed again ({@code album_gain_pending}). A write that can change an
 * album's tracks marks the album in its own transaction, so a run killed before its end leaves the mark
 * behind; the mark is cleared in the transaction that writes the gain, and only if nobody marked the album
 * again since its tracks were read.
 */
final class AlbumGainMarks {
    private AlbumGainMarks() {}

    /** Marks the albums the tracks of {@code files} belong to; a file with no track or no album marks nothing. */
    static Query markAlbumsOf(DSLContext sql, Condition files) {
        return sql.insertInto(ALBUM_GAIN_PENDING, ALBUM_GAIN_PENDING.ALBUM_ID)
                .select(sql.selectDistinct(TRACK.ALBUM_ID)
                        .from(TRACK)
                        .join(FILE)
                        .on(FILE.ID.eq(TRACK.FILE_ID))
                        .where(files.and(TRACK.ALBUM_ID.isNotNull())))
                .onConflict(ALBUM_GAIN_PENDING.ALBUM_ID)
                .doUpdate()
                .set(ALBUM_GAIN_PENDING.MARKS, ALBUM_GAIN_PENDING.MARKS.plus(1));
    }

    /**
     * Up to {@code limit} marked albums with ids above {@code afterAlbumId}, in id order, each with its present
     * tracks' gating blocks. The marks are read before the tracks, so a mark added in between outlives the
     * gain computed from what is read here.
     */
    static List<AlbumTracks> pending(DSLContext sql, long afterAlbumId, int limit) {
        SequencedMap<Long, Integer> marks = new LinkedHashMap<>();
        sql.select(ALBUM_GAIN_PENDING.ALBUM_ID, ALBUM_GAIN_PENDING.MARKS)
                .from(ALBUM_GAIN_PENDING)
                .where(ALBUM_GAIN_PENDING.ALBUM_ID.gt(afterAlbumId))
                .orderBy(ALBUM_GAIN_PENDING.ALBUM_ID)
                .limit(limit)
                .forEach(r -> marks.put(r.value1(), r.value2()));
        if (marks.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> files = new LinkedHashMap<>();
        Map<Long, List<GatingBlocks>> blocks = new LinkedHashMap<>();
        marks.keySet().forEach(album -> {
            files.put(album, new ArrayList<>());
            blocks.put(album, new ArrayList<>());
        });
        long lastAlbumId = marks.lastEntry().getKey();
        sql.select(TRACK.ALBUM_ID, ANALYSIS.FILE_ID, ANALYSIS.GATING_BLOCKS)
                .from(TRACK)
                .join(ANALYSIS)
                .on(ANALYSIS.FILE_ID.eq(TRACK.FILE_ID))
                .join(FILE)
                .on(FILE.ID.eq(TRACK.FILE_ID))
                .where(FILE.MISSING_SINCE.isNull().and(TRACK.ALBUM_ID.between(afterAlbumId + 1, lastAlbumId)))
                .orderBy(TRACK.ALBUM_ID, ANALYSIS.FILE_ID)
                .forEach(r -> {
                    // Albums in the range that were not marked when the marks were read are not this batch's.
                    if (files.containsKey(r.value1())) {
                        files.get(r.value1()).add(r.value2());
                        blocks.get(r.value1()).add(GatingBlocks.fromBytes(r.value3()));
                    }
                });
        List<AlbumTracks> albums = new ArrayList<>();
        marks.forEach((album, count) -> albums.add(new AlbumTracks(album, count, files.get(album), blocks.get(album))));
        return albums;
    }

    /** Records one album's gain on its tracks and clears its mark, unless it was marked again meanwhile. */
    static void write(DSLContext sql, AlbumGain album) {
        sql.update(ANALYSIS)
                .set(ANALYSIS.ALBUM_GAIN_DB, album.gainDb())
                .where(ANALYSIS.FILE_ID.in(album.fileIds()))
                .execute();
        sql.deleteFrom(ALBUM_GAIN_PENDING)
                .where(ALBUM_GAIN_PENDING.ALBUM_ID.eq(album.albumId()).and(ALBUM_GAIN_PENDING.MARKS.eq(album.marks())))
                .execute();
    }
}
