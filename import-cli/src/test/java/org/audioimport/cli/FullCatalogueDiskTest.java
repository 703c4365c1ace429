package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The catalogue on a disk that fills up mid-import: a real tmpfs of 1 MiB, mounted by the test (as root),
 * then grown to 64 MiB as a user would free space.
 */
class FullCatalogueDiskTest {
    private static final int ALBUMS = 4;
    private static final int FILES = ALBUMS * AlbumLibrary.TRACKS_PER_ALBUM;

    @TempDir
    Path dir;

    @RegisterExtension
    final Mounts mounts = new Mounts();

    @Test
    void aFullDiskStopsTheImportPlainlyWithExitCode6AndTheNextRunEndsAsACleanImport() throws Exception {
        Path library = AlbumLibrary.makeIn(dir.resolve("library"), ALBUMS);
        Path cleanDb = dir.resolve("clean.db");
        Cli clean = Cli.run("import", library.toString(), "--db", cleanDb.toString(), "--json");
        assertEquals(0, clean.exitCode(), clean.err());
        Path disk = mounts.tmpfs(dir.resolve("disk"), "1m");
        Path db = disk.resolve("library.db");

        Cli full = Cli.run("import", library.toString(), "--db", db.toString(), "--json");

        assertEquals(6, full.exitCode(), full.err());
        JsonNode summary = full.json();
        String reason = summary.get("catalogue_disk_error").asText();
        assertTrue(reason.startsWith("catalogue " + db + ": its disk is full ("), reason);
        assertTrue(reason.contains(" free on it)"), reason);
        assertTrue(full.err().contains("audio-import: " + reason), full.err());
        assertFalse(full.err().contains("\tat "), "no stack trace: " + full.err());
        assertEquals(0, summary.get("failed").asInt(), "no file failed for the catalogue's disk");
        int imported = summary.get("imported").asInt();
        assertTrue(imported > 0 && imported < FILES, "imported " + imported);
        assertEquals(imported, summary.get("files_seen").asInt(), "nothing but the files written is reported");
        assertEquals(0, count(db, "select count(*) from file where status = 'failed'"));
        assertEquals("ok", integrity(db));

        assertEquals("", Mounts.resize(disk, "64m"));
        Cli after = Cli.run("import", library.toString(), "--db", db.toString(), "--json");

        assertEquals(0, after.exitCode(), after.err());
        assertEquals(FILES - imported, after.json().get("imported").asInt());
        assertEquals(ShownFiles.of(cleanDb, library), ShownFiles.of(db, library));
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("pragma integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Path db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
