package org.audioimport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.audioimport.analyze.Analysis;
import org.audioimport.analyze.GatingBlocks;
import org.audioimport.analyze.Loudness;
import org.audioimport.fingerprint.NoFingerprint;
import org.audioimport.flavor.FileFlavor;
import org.audioimport.flavor.NoFlavor;
import org.audioimport.scanning.FoundFile;
import org.audioimport.segment.NoAudio;
import org.audioimport.tags.MusicBrainzIds;
import org.audioimport.tags.Tags;

/** File results and raw connections for store tests; the catalogue itself is always a real SQLite file. */
final class StoreFixtures {
    /** What the segment and analyze phases say of a silent file: no passage, no loudness. */
    static final NoAudio SILENT = new NoAudio(441_000, 44_100, null, 1);

    static final Analysis NOTHING_MEASURED =
            new Analysis(new Loudness(null, null, null, null), null, List.of(), new GatingBlocks(new float[0]), 1);

    private StoreFixtures() {}

    static FileImport.Imported imported(String path, String title, String artist, String album) {
        Tags tags = new Tags(title, artist, album, null, 1, 10, 1, 1, "2024", "Ambient", MusicBrainzIds.NONE);
        AudioProperties audio =
                new AudioProperties("flac", "flac", 44_100, 2, 16, null, 10 * org.audioimport.decode.Ticks.PER_SECOND);
        return new FileImport.Imported(
                new FoundFile(Path.of(path), 1000, 1_700_000_000_000L),
                "abc123",
                audio,
                tags,
                PhaseResults.all(
                        new NoFingerprint(NoFingerprint.Reason.SILENCE, 10),
                        SILENT,
                        NOTHING_MEASURED,
                        new FileFlavor(new NoFlavor(NoFlavor.Reason.SILENCE, 10), List.of())),
                List.of());
    }

    /** A second, independent connection: another process as far as SQLite's locks are concerned. */
    static Connection otherConnection(Catalogue catalogue) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + catalogue.file());
    }

    static long count(Catalogue catalogue, String table) throws SQLException {
        try (Connection c = otherConnection(catalogue);
                var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
