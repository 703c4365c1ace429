package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.audioimport.testing.AlbumLibrary;
import org.audioimport.testing.Mounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a catalogue whose disk fills up mid-run: a real tmpfs of 1 MiB, mounted by the test (as
 * root), then grown as a user would free space. The run stops as after a stop request, keeps the reason,
 * fails no file, computes no album gain (the marks wait), and the next run finishes the work.
 */
class FullCatalogueDiskPipelineTest {
    private static final int ALBUMS = 4;
    private static final int FILES = ALBUMS * AlbumLibrary.TRACKS_PER_ALBUM;

    @TempDir
    Path dir;

    @RegisterExtension
    final Mounts mounts = new Mounts();

    @Test
    void fullDiskStopsTheRunWithItsReasonFailsNoFileKeepsTheAlbumMarksAndTheNextRunFinishes() throws Exception {
        Path library = AlbumLibrary.makeIn(dir.resolve("library"), ALBUMS);
        Path disk = mounts.tmpfs(dir.resolve("disk"), "1m");
        Path db = disk.resolve("library.db");
        PipelineHarness harness = new PipelineHarness(db);

        ImportSummary full = harness.run(library, ImportListener.NONE);

        String reason = full.catalogueDiskError();
        assertTrue(reason != null && reason.startsWith("catalogue " + db + ": its disk is full ("), reason);
        assertTrue(reason.matches(".*\\((\\d+ bytes|[\\d.]+ [KMGT]iB) free on it\\).*"), reason);
        assertTrue(full.interrupted(), "a run the disk stopped is not complete");
        assertEquals(0, full.failed(), () -> "no file fails for the catalogue's disk: " + full.failures());
        assertTrue(full.imported() > 0 && full.imported() < FILES, "imported " + full.imported());
        assertEquals(0, count(db, "select count(*) from file where status = 'failed'"));
        assertEquals(full.imported(), count(db, "select count(*) from file"));
        assertTrue(count(db, "select count(*) from album_gain_pending") > 0, "the album marks wait");
        assertEquals(0, count(db, "select count(*) from analysis where album_gain_db is not null"));

        assertEquals("", Mounts.resize(disk, "64m"));
        ImportSummary after = harness.run(library, ImportListener.NONE);

        assertNull(after.catalogueDiskError());
        assertEquals(FILES - full.imported(), after.imported());
        assertEquals(full.imported(), after.unchanged());
        assertEquals(0, count(db, "select count(*) from album_gain_pending"));
        assertEquals(FILES, count(db, "select count(*) from analysis where album_gain_db is not null"));
        assertEquals("completed", text(db, "select outcome from scan_run where id = " + after.scanId()));
    }

    private static long count(Path db, String query) throws Exception {
        return Long.parseLong(text(db, query));
    }

    private static String text(Path db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
