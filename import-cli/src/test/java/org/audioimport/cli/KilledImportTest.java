package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.audioimport.testing.AlbumLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of real import processes at random moments, then one complete run: the catalogue must end as a
 * clean import of the same folder leaves it, file by file, album gains included.
 */
class KilledImportTest {
    private static final int ALBUMS = 6;
    private static final int FILES = ALBUMS * AlbumLibrary.TRACKS_PER_ALBUM;
    private static final int KILLS = 3;
    private static final int SLICE = (FILES - AlbumLibrary.TRACKS_PER_ALBUM) / KILLS;

    @TempDir
    Path dir;

    @Test
    void afterRepeatedKillsOneCompleteRunLeavesEveryFileAsACleanImportDoesAlbumGainsIncluded() throws Exception {
        Path library = AlbumLibrary.makeIn(dir.resolve("library"), ALBUMS);
        Path cleanDb = dir.resolve("clean.db");
        Cli clean = Cli.run("import", library.toString(), "--db", cleanDb.toString(), "--json");
        assertEquals(0, clean.exitCode(), clean.err());
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String trial = "seed " + seed;

        Path db = dir.resolve("killed.db");
        long committed = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            // A random moment in the kill's own slice of the import, counted in files committed, and after
            // this run's first commit: the killed runs together commit whole albums and half albums, and
            // leave the last album for the complete run.
            long killAt = Math.max(committed + 1, kill * SLICE + 1 + random.nextInt(SLICE));
            Process importer = new ProcessBuilder(ChildJvm.command(
                            "import", library.toString(), "--db", db.toString(), "--workers", "2", "--json"))
                    .redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectError(dir.resolve("err.txt").toFile())
                    .start();
            waitForFiles(db, importer, killAt);
            importer.destroyForcibly();
            assertTrue(importer.waitFor(30, TimeUnit.SECONDS), trial);
            committed = count(db, "select count(*) from file");
        }
        assertEquals(
                KILLS,
                count(db, "select count(*) from scan_run where outcome = 'running'"),
                trial + ": every killed run was killed before its end");

        Cli complete = Cli.run("import", library.toString(), "--db", db.toString(), "--json");

        assertEquals(0, complete.exitCode(), trial + ": " + complete.err());
        assertEquals(ShownFiles.of(cleanDb, library), ShownFiles.of(db, library), trial);
    }

    private static void waitForFiles(Path db, Process process, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(db)
                    && count(db, "select count(*) from sqlite_master where name = 'file'") == 1
                    && count(db, "select count(*) from file") >= atLeast) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import never committed " + atLeast + " files (alive: " + process.isAlive() + ")");
    }

    private static long count(Path db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
