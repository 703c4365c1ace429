package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ALBUM;
import static org.audioimport.store.schema.Tables.ANALYSIS;
import static org.audioimport.store.schema.Tables.ARTIST;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.PASSAGE;
import static org.audioimport.store.schema.Tables.TRACK;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.audioimport.analyze.GatingBlocks;
import org.audioimport.decode.Ticks;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Browsing the catalogue by file id, for the daemon's HTTP API and page: pages of files filtered by
 * text and status, id and path lookups, and the stored loudness envelope. Reads only, each on its own
 * short connection, so it never waits for the writer.
 */
public final class FileBrowser {
    private final Catalogue catalogue;

    public FileBrowser(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One file in a listing; {@code durationSeconds} is null for a file that did not import. */
    public record Listed(
            long id, String path, String status, String title, String artist, String album, Double durationSeconds) {}

    /** A passage's bounds, lead-in and lead-out positions and fades (start, end), in seconds; null where absent. */
    public record Span(
            double startSeconds,
            double endSeconds,
            Double leadInSeconds,
            Double leadOutSeconds,
            Double fadeInStartSeconds,
            Double fadeInEndSeconds,
            Double fadeOutStartSeconds,
            Double fadeOutEndSeconds) {}

    /** A page of files and the id to continue after, null on the last page. */
    public record Page(List<Listed> items, Long nextCursor) {}

    /**
     * What the analysis kept of a file's level over time, for drawing: the 400 ms gating blocks (one every
     * 100 ms, those under -70 LUFS left out) and the passages with their lead-in, lead-out and fades.
     */
    public record Envelope(Double durationSeconds, float[] blockEnergies, List<Span> passages) {
        public Envelope {
            blockEnergies = blockEnergies.clone();
            passages = List.copyOf(passages);
        }

        @Override
        public float[] blockEnergies() {
            return blockEnergies.clone();
        }
    }

    /**
     * Up to {@code limit} files with an id above {@code afterId}, by id, whose path, title, artist or album
     * contains {@code text} (any case; null for any), with status {@code status} (imported, failed or missing;
     * null for any).
     */
    public Page page(String text, String status, int limit, long afterId) throws CatalogueException {
        return read(sql -> {
            Condition where = FILE.ID.gt(afterId);
            if (text != null && !text.isBlank()) {
                String pattern = "%"
                        + text.strip()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
                where = where.and(DSL.lower(FILE.PATH)
                        .like(pattern, '\\')
                        .or(DSL.lower(TRACK.TITLE).like(pattern, '\\'))
                        .or(DSL.lower(ARTIST.NAME).like(pattern, '\\'))
                        .or(DSL.lower(ALBUM.TITLE).like(pattern, '\\')));
            }
            if ("missing".equals(status)) {
                where = where.and(FILE.MISSING_SINCE.isNotNull());
            } else if (status != null) {
                where = where.and(FILE.STATUS.eq(status)).and(FILE.MISSING_SINCE.isNull());
            }
            List<Listed> rows = sql.select(
                            FILE.ID,
                            FILE.PATH,
                            FILE.STATUS,
                            FILE.MISSING_SINCE,
                            TRACK.TITLE,
                            ARTIST.NAME,
                            ALBUM.TITLE,
                            FILE.DURATION_TICKS)
                    .from(FILE)
                    .leftJoin(TRACK)
                    .on(TRACK.FILE_ID.eq(FILE.ID))
                    .leftJoin(ARTIST)
                    .on(ARTIST.ID.eq(TRACK.ARTIST_ID))
                    .leftJoin(ALBUM)
                    .on(ALBUM.ID.eq(TRACK.ALBUM_ID))
                    .where(where)
                    .orderBy(FILE.ID)
                    .limit(limit + 1)
                    .fetch(r -> new Listed(
                            r.value1(),
                            r.value2(),
                            r.value4() != null ? "missing" : r.value3(),
                            r.value5(),
                            r.value6(),
                            r.value7(),
                            r.value8() == null ? null : r.value8() / (double) Ticks.PER_SECOND));
            boolean more = rows.size() > limit;
            List<Listed> items = more ? rows.subList(0, limit) : rows;
            return new Page(
                    List.copyOf(items), more ? items.get(items.size() - 1).id() : null);
        });
    }

    public Optional<String> pathOf(long id) throws CatalogueException {
        return read(
                sql -> sql.select(FILE.PATH).from(FILE).where(FILE.ID.eq(id)).fetchOptional(FILE.PATH));
    }

    /** The ids of those of {@code paths} that are catalogued. */
    public Map<String, Long> idsOf(Collection<String> paths) throws CatalogueException {
        return read(sql -> {
            Map<String, Long> ids = new HashMap<>();
            sql.select(FILE.PATH, FILE.ID)
                    .from(FILE)
                    .where(FILE.PATH.in(paths))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
            return ids;
        });
    }

    /** The stored gating blocks of file {@code id}; empty when the file has no analysis. */
    public Optional<Envelope> envelope(long id) throws CatalogueException {
        return read(sql -> sql.select(FILE.DURATION_TICKS, ANALYSIS.GATING_BLOCKS)
                .from(FILE)
                .join(ANALYSIS)
                .on(ANALYSIS.FILE_ID.eq(FILE.ID))
                .where(FILE.ID.eq(id))
                .fetchOptional(r -> new Envelope(
                        seconds(r.value1()),
                        r.value2() == null
                                ? new float[0]
                                : GatingBlocks.fromBytes(r.value2()).energies(),
                        sql.selectFrom(PASSAGE)
                                .where(PASSAGE.FILE_ID.eq(id))
                                .orderBy(PASSAGE.SEQ)
                                .fetch(p -> new Span(
                                        seconds(p.getStartTicks()),
                                        seconds(p.getEndTicks()),
                                        seconds(p.getLeadInTicks()),
                                        seconds(p.getLeadOutTicks()),
                                        seconds(p.getFadeInStartTicks()),
                                        seconds(p.getFadeInEndTicks()),
                                        seconds(p.getFadeOutStartTicks()),
                                        seconds(p.getFadeOutEndTicks()))))));
    }

    private static Double seconds(Long ticks) {
        return ticks == null ? null : ticks / (double) Ticks.PER_SECOND;
    }

    private <T> T read(Function<DSLContext, T> query) throws CatalogueException {
        try (Connection connection = catalogue.connect()) {
            return query.apply(Catalogue.sql(connection));
        } catch (SQLException | DataAccessException e) {
            throw new CatalogueException(catalogue.file(), "cannot be read: " + Catalogue.rootMessage(e), e);
        }
    }
}
