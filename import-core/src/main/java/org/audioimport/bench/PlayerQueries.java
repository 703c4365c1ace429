package org.audioimport.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The queries a music player sends a catalogue while an import writes it: an artist's tracks, an album's
 * tracks in order, and everything about one file. Each round asks one of the three about a random row
 * that exists at that moment (looked up untimed), times it to the last row read, and keeps the latency.
 * A query that finds the database busy counts as busy and is not timed. Not thread-safe.
 */
final class PlayerQueries {
    static final String BY_ARTIST = """
            SELECT t.title, al.title, t.disc_number, t.track_number, f.path, f.duration_ticks
            FROM track t JOIN file f ON f.id = t.file_id LEFT JOIN album al ON al.id = t.album_id
            WHERE t.artist_id = ? AND f.status = 'imported'
            ORDER BY al.title, t.disc_number, t.track_number""";
    static final String BY_ALBUM = """
            SELECT t.track_number, t.title, ar.name, f.path, f.duration_ticks, a.track_gain_db, a.album_gain_db
            FROM track t JOIN file f ON f.id = t.file_id LEFT JOIN artist ar ON ar.id = t.artist_id
            LEFT JOIN analysis a ON a.file_id = f.id
            WHERE t.album_id = ? AND f.status = 'imported'
            ORDER BY t.disc_number, t.track_number""";
    static final String FILE_DETAILS = """
            SELECT f.path, f.codec, f.sample_rate, f.channels, f.duration_ticks, f.status, t.title, ar.name, al.title,
                   t.track_number, t.date, t.genre, a.integrated_lufs, a.true_peak_dbtp, a.track_gain_db,
                   (SELECT count(*) FROM passage p WHERE p.file_id = f.id)
            FROM file f LEFT JOIN track t ON t.file_id = f.id LEFT JOIN artist ar ON ar.id = t.artist_id
            LEFT JOIN album al ON al.id = t.album_id LEFT JOIN analysis a ON a.file_id = f.id
            WHERE f.id = ?""";
    private static final String[] TABLES = {"artist", "album", "file"};
    private static final String[] QUERIES = {BY_ARTIST, BY_ALBUM, FILE_DETAILS};
    private static final long MAX_TRACKED_MICROS = 600_000_000L;

    private final Connection connection;
    private final SplittableRandom random;
    private final Histogram latencyMicros = new Histogram(MAX_TRACKED_MICROS, 3);
    private long busy;
    private long rounds;

    PlayerQueries(Connection connection, long seed) {
        this.connection = connection;
        this.random = new SplittableRandom(seed);
    }

    /** Asks the next query of the cycle; does nothing while its table is still empty. */
    void askOne() throws SQLException {
        int kind = (int) (rounds++ % QUERIES.length);
        try {
            long largestId = largestId(TABLES[kind]);
            if (largestId < 1) {
                return;
            }
            long id = 1 + random.nextLong(largestId);
            long started = System.nanoTime();
            try (PreparedStatement query = connection.prepareStatement(QUERIES[kind])) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            latencyMicros.recordValue(Math.min(MAX_TRACKED_MICROS, (System.nanoTime() - started) / 1_000));
        } catch (SQLiteException e) {
            SQLiteErrorCode code = e.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
                busy++;
            } else {
                throw e;
            }
        }
    }

    PlayerLatency latency() {
        return new PlayerLatency(
                latencyMicros.getTotalCount(),
                latencyMicros.getValueAtPercentile(50) / 1e3,
                latencyMicros.getValueAtPercentile(99) / 1e3,
                latencyMicros.getMaxValue() / 1e3,
                busy);
    }

    private long largestId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            return row.next() ? row.getLong(1) : 0;
        }
    }
}
