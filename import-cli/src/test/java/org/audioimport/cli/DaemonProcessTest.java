package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon and the import as real processes: stopped by SIGTERM, killed with SIGKILL. */
class DaemonProcessTest {
    private static final int COPIES = 300;

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheDaemonWithExitZeroAndFreesItsLock() throws Exception {
        Path library = Cli.sampleCopy(dir.resolve("library"));
        Path db = dir.resolve("library.db");
        Process daemon = start("daemon", library.toString(), "--db", db.toString(), "--every", "1s");

        waitForFiles(db, daemon, Cli.countAudioFiles(library));
        daemon.destroy();
        boolean exited = daemon.waitFor(15, TimeUnit.SECONDS);

        assertTrue(exited, "the daemon exits within seconds of SIGTERM");
        assertEquals(0, daemon.exitValue(), Files.readString(dir.resolve("err.txt")));
        Process again = start("daemon", library.toString(), "--db", db.toString(), "--every", "1h");
        waitForScans(db, again, 2);
        again.destroy();
        assertTrue(again.waitFor(15, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), "a new daemon took the freed lock");
    }

    @Test
    void killedMidImportTheNextRunResumesWithoutDuplicatesOrLostRows() throws Exception {
        Path library = copies(dir.resolve("library"));
        Path db = dir.resolve("library.db");
        Process importer = start("import", library.toString(), "--db", db.toString(), "--workers", "2");

        waitForFiles(db, importer, 5);
        importer.destroyForcibly();
        assertTrue(importer.waitFor(15, TimeUnit.SECONDS));
        long committed = count(db, "select count(*) from file");

        Cli resumed = Cli.run("import", library.toString(), "--db", db.toString(), "--json");

        assertEquals(0, resumed.exitCode(), resumed.err());
        assertEquals(
                COPIES - committed,
                resumed.json().get("imported").asLong()
                        + resumed.json().get("updated").asLong());
        assertEquals(COPIES, count(db, "select count(*) from file"));
        assertEquals(COPIES, count(db, "select count(distinct path) from file"));
        assertEquals(COPIES, count(db, "select count(*) from track"));
        assertEquals(COPIES, count(db, "select count(*) from fingerprint"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("pragma integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }

    private Path copies(Path library) throws Exception {
        Path sample = Cli.sampleCopy(dir.resolve("sample"));
        Path flac;
        try (var files = Files.walk(sample)) {
            flac = files.filter(p -> p.toString().endsWith(".flac")).findFirst().orElseThrow();
        }
        Files.createDirectories(library);
        for (int i = 0; i < COPIES; i++) {
            Files.copy(flac, library.resolve("copy-" + i + ".flac"));
        }
        return library;
    }

    private Process start(String... args) throws Exception {
        return new ProcessBuilder(ChildJvm.command(args))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
    }

    private static void waitForFiles(Path db, Process process, long files) throws Exception {
        waitFor(db, process, "select count(*) from file", files);
    }

    private static void waitForScans(Path db, Process process, long scans) throws Exception {
        waitFor(db, process, "select count(*) from scan_run where finished_at is not null", scans);
    }

    private static void waitFor(Path db, Process process, String query, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(db)
                    && count(db, "select count(*) from sqlite_master where name = 'scan_run'") == 1
                    && count(db, query) >= atLeast) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not reached: " + query + " >= " + atLeast + " (alive: " + process.isAlive() + ")");
    }

    private static long count(Path db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
