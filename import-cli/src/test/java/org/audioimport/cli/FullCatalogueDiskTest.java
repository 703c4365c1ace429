package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.audioimport.testing.AlbumLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    private Path disk;

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            run("umount", "-l", disk.toString());
        }
    }

    @Test
    void aFullDiskStopsTheImportPlainlyWithExitCode6AndTheNextRunEndsAsACleanImport() throws Exception {
        Path library = AlbumLibrary.makeIn(dir.resolve("library"), ALBUMS);
        Path cleanDb = dir.resolve("clean.db");
        Cli clean = Cli.run("import", library.toString(), "--db", cleanDb.toString(), "--json");
        assertEquals(0, clean.exitCode(), clean.err());
        mountSmallDisk();
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

        assertEquals("", run("mount", "-o", "remount,size=64m", disk.toString()));
        Cli after = Cli.run("import", library.toString(), "--db", db.toString(), "--json");

        assertEquals(0, after.exitCode(), after.err());
        assertEquals(FILES - imported, after.json().get("imported").asInt());
        assertEquals(ShownFiles.of(cleanDb, library), ShownFiles.of(db, library));
    }

    /** Mounts a 1 MiB tmpfs for the catalogue, or skips the test where this user may not mount one. */
    private void mountSmallDisk() throws Exception {
        assumeTrue(OtherUser.isRoot(), "mounting a tmpfs needs root");
        Path mountPoint = Files.createDirectories(dir.resolve("disk"));
        String refused = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.toString());
        assumeTrue(refused.isEmpty(), "cannot mount a tmpfs here: " + refused);
        disk = mountPoint;
    }

    /** Runs a command; returns its output when it fails, else an empty string. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        return process.exitValue() == 0 ? "" : String.join(" ", command) + ": " + output;
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
