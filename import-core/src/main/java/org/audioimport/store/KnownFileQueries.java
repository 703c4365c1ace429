package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ANALYSIS;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.FINGERPRINT;
import static org.audioimport.store.schema.Tables.FLAVOR;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** The scan's two reads of what the catalogue knows: the files under its roots up front, the gone files' hashes after the walk. */
final class KnownFileQueries {
    /** Paths bound in one query: well under SQLite's limit on a statement's parameters. */
    private static final int PATHS_PER_QUERY = 500;

    private KnownFileQueries() {}

    /**
     * Every catalogued file under {@code roots} by path: a scan of one folder of a large library reads that
     * folder's rows only. Row by row from the JDBC result set, neither fetched whole nor made into
     * jOOQ records: a million-file catalogue would otherwise hold every row twice at the peak of the scan's
     * memory, and spend about as long making records as reading rows. A library has a handful of codecs:
     * each name is held once, not once a row.
     */
    static Map<String, KnownFile> under(DSLContext sql, List<Path> roots) {
        Map<String, KnownFile> known = new HashMap<>();
        Map<String, String> codecs = new HashMap<>();
        for (Condition under : PathsUnder.eachRoot(roots)) {
            readInto(known, codecs, sql, under);
        }
        return known;
    }

    private static void readInto(
            Map<String, KnownFile> known, Map<String, String> codecs, DSLContext sql, Condition under) {
        try (ResultSet rows = sql.select(
                        FILE.PATH,
                        FILE.SIZE_BYTES,
                        FILE.MTIME_MS,
                        FILE.STATUS,
                        FILE.MISSING_SINCE,
                        FINGERPRINT.ALGORITHM_VERSION,
                        ANALYSIS.SEGMENT_VERSION,
                        ANALYSIS.ANALYZE_VERSION,
                        FLAVOR.VERSION,
                        FILE.FAILURE_REASON,
                        FILE.CODEC,
                        FILE.CHANNELS,
                        FILE.FAILED_READ_SUPPORT)
                .from(FILE)
                .leftJoin(FINGERPRINT)
                .on(FINGERPRINT.FILE_ID.eq(FILE.ID))
                .leftJoin(ANALYSIS)
                .on(ANALYSIS.FILE_ID.eq(FILE.ID))
                .leftJoin(FLAVOR)
                .on(FLAVOR.FILE_ID.eq(FILE.ID))
                .where(under)
                .fetchResultSet()) {
            while (rows.next()) {
                String path = rows.getString(1);
                known.put(
                        path,
                        new KnownFile(
                                path,
                                rows.getLong(2),
                                rows.getLong(3),
                                FileStatus.of(rows.getString(4)),
                                nullableLong(rows, 5),
                                nullableInt(rows, 6),
                                nullableInt(rows, 7),
                                nullableInt(rows, 8),
                                nullableInt(rows, 9),
                                rows.getString(10),
                                sharedName(codecs, rows.getString(11)),
                                nullableInt(rows, 12),
                                nullableInt(rows, 13)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("the catalogued files could not be read", e);
        }
    }

    private static String sharedName(Map<String, String> names, String name) {
        return name == null ? null : names.computeIfAbsent(name, n -> n);
    }

    /** The content hashes of the imported files among {@code paths} that have one, by path. */
    static Map<String, String> contentHashes(DSLContext sql, List<String> paths) {
        Map<String, String> hashes = new HashMap<>();
        for (int from = 0; from < paths.size(); from += PATHS_PER_QUERY) {
            sql.select(FILE.PATH, FILE.CONTENT_HASH)
                    .from(FILE)
                    .where(FILE.PATH.in(paths.subList(from, Math.min(paths.size(), from + PATHS_PER_QUERY))))
                    .and(FILE.STATUS.eq(FileStatus.IMPORTED.column()))
                    .and(FILE.CONTENT_HASH.isNotNull())
                    .forEach(r -> hashes.put(r.value1(), r.value2()));
        }
        return hashes;
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
