package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ANALYSIS;
import static org.audioimport.store.schema.Tables.ARTIST;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.FLAVOR;
import static org.audioimport.store.schema.Tables.TRACK;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.audioimport.flavor.FlavorVector;
import org.jooq.exception.DataAccessException;

/**
 * The one read a playlist makes: tags, quality, vector and crossfade points of every present, imported
 * file with a flavor vector, in one query on its own short connection.
 */
public final class PlaylistReader {
    private final Catalogue catalogue;

    public PlaylistReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The rows of the present, imported files with a whole flavor vector of {@code versions}, by flavor
     * row id. Which of them are live tracks is {@link CatalogueReader#flavorTracks}'s answer.
     */
    public Map<Long, PlaylistRow> rows(FlavorVersions versions) throws CatalogueException {
        int bytes = FlavorVector.DIMENSION * Float.BYTES;
        Map<Long, PlaylistRow> rows = new HashMap<>();
        try (Connection connection = catalogue.connect()) {
            Catalogue.sql(connection)
                    .select(
                            FLAVOR.ID,
                            TRACK.ARTIST_ID,
                            ARTIST.NAME,
                            TRACK.TITLE,
                            FILE.DURATION_TICKS,
                            FILE.BIT_DEPTH,
                            FILE.BITRATE_KBPS,
                            FLAVOR.VECTOR,
                            ANALYSIS.LEAD_IN_TICKS,
                            ANALYSIS.LEAD_OUT_TICKS,
                            ANALYSIS.FADE_IN_END_TICKS,
                            ANALYSIS.FADE_OUT_START_TICKS)
                    .from(FLAVOR)
                    .join(FILE)
                    .on(FILE.ID.eq(FLAVOR.FILE_ID))
                    .leftJoin(TRACK)
                    .on(TRACK.FILE_ID.eq(FILE.ID))
                    .leftJoin(ARTIST)
                    .on(ARTIST.ID.eq(TRACK.ARTIST_ID))
                    .leftJoin(ANALYSIS)
                    .on(ANALYSIS.FILE_ID.eq(FILE.ID))
                    .where(FLAVOR.VERSION
                            .between(versions.oldest(), versions.newest())
                            .and(FILE.STATUS.eq(FileStatus.IMPORTED.column()))
                            .and(FILE.MISSING_SINCE.isNull()))
                    .fetch()
                    .forEach(r -> {
                        if (r.value8() != null && r.value8().length == bytes) {
                            rows.put(
                                    r.value1(),
                                    new PlaylistRow(
                                            r.value1(),
                                            r.value2(),
                                            r.value3(),
                                            r.value4(),
                                            r.value5(),
                                            r.value6() != null,
                                            r.value7(),
                                            VectorBlob.fromBytes(r.value8()),
                                            r.value9(),
                                            r.value10(),
                                            r.value11(),
                                            r.value12()));
                        }
                    });
        } catch (SQLException | DataAccessException e) {
            throw new CatalogueException(catalogue.file(), "cannot be read: " + Catalogue.rootMessage(e), e);
        }
        return rows;
    }
}
