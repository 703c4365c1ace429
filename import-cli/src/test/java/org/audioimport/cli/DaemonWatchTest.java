package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code daemon --watch}: a real daemon picks up what is copied into its folders once the changes settle. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonWatchTest {
    private Path dir;
    private Path library;
    private Path db;
    private Path flac;
    private RunningDaemon daemon;

    @BeforeAll
    void startDaemon() throws Exception {
        dir = Files.createTempDirectory("daemon-watch");
        Path sample = Cli.sampleCopy(dir.resolve("sample"));
        try (Stream<Path> files = Files.walk(sample)) {
            flac = files.filter(p -> p.toString().endsWith(".flac")).findFirst().orElseThrow();
        }
        library = Files.createDirectories(dir.resolve("library"));
        Files.copy(flac, library.resolve("first.flac"));
        db = dir.resolve("library.db");
        daemon = RunningDaemon.startInProcess(
                dir, library.toString(), "--db", db.toString(), "--every", "1h", "--watch", "--watch-settle", "1");
        daemon.awaitIdleAfter(1);
    }

    @AfterAll
    void stopDaemon() {
        daemon.close();
    }

    @Test
    void aCopiedAlbumAppearsWithinSecondsThroughAScanOfItsFolderOnly() throws Exception {
        Path album = dir.resolve("album-staging");
        Files.createDirectories(album);
        for (int i = 1; i <= 3; i++) {
            Files.copy(flac, album.resolve("track-" + i + ".flac"));
        }

        Files.move(album, library.resolve("Album"));

        awaitFile("/Album/track-3.flac");
        JsonNode status = daemon.awaitIdleAfter((int) newestScan());

        assertEquals(library.resolve("Album").toString(), scanRoots(), "only the new folder was scanned");
        assertEquals("completed", status.get("last_scans").get(0).get("outcome").asText());
    }

    @Test
    void aFolderCreatedAfterStartIsWatchedToo() throws Exception {
        Path later = Files.createDirectories(library.resolve("later"));
        Path deeper = Files.createDirectories(later.resolve("deeper"));
        Thread.sleep(2_500);

        Files.copy(flac, deeper.resolve("new.flac"));

        awaitFile("/later/deeper/new.flac");
    }

    @Test
    void aFileCopiedIntoAFolderTheLibrarysIgnoreFileLeavesOutIsNotImported() throws Exception {
        Files.writeString(library.resolve(".audioimportignore"), "Bootlegs/\n");
        Path bootlegs = Files.createDirectories(library.resolve("Artist/Bootlegs"));
        Path kept = Files.createDirectories(library.resolve("Artist/Kept"));
        Thread.sleep(2_500);

        Files.copy(flac, bootlegs.resolve("left-out.flac"));
        Files.copy(flac, kept.resolve("taken.flac"));

        awaitFile("/Artist/Kept/taken.flac");
        daemon.awaitIdleAfter((int) newestScan());
        for (JsonNode item : daemon.getJson("/api/files?limit=500").get("items")) {
            assertFalse(item.get("path").asText().contains("/Bootlegs/"), item.toString());
        }
    }

    private void awaitFile(String suffix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (JsonNode item : daemon.getJson("/api/files?limit=500").get("items")) {
                if (item.get("path").asText().endsWith(suffix)
                        && item.get("status").asText().equals("imported")) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(suffix + " never appeared; log:\n" + daemon.log());
    }

    private long newestScan() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("select max(id) from scan_run")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The roots of the newest scan, as recorded. */
    private String scanRoots() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs =
                        c.createStatement().executeQuery("select roots from scan_run order by id desc limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
