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

/** Ctrl-C, for real: a separate JVM gets SIGINT in the middle of an import. */
class InterruptTest {
    private static final int COPIES = 400;

    @TempDir
    Path dir;

    @Test
    void sigintStopsTheImportWithExitCode130AndACatalogueTheNextRunCompletes() throws Exception {
        Path sample = Cli.sampleCopy(dir.resolve("sample"));
        Path flac;
        try (var files = Files.walk(sample)) {
            flac = files.filter(p -> p.toString().endsWith(".flac")).findFirst().orElseThrow();
        }
        Path library = Files.createDirectories(dir.resolve("library"));
        for (int i = 0; i < COPIES; i++) {
            Files.copy(flac, library.resolve("copy-" + i + ".flac"));
        }
        Path db = dir.resolve("library.db");
        Process process = new ProcessBuilder(ChildJvm.withCoverage(
                        "import", library.toString(), "--db", db.toString(), "--workers", "1", "--json"))
                .redirectErrorStream(false)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();

        waitForFirstFiles(db, process);
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);

        assertTrue(exited, "the import exits after SIGINT");
        assertEquals(130, process.exitValue(), Files.readString(dir.resolve("err.txt")));
        long stored = count(db, "select count(*) from file");
        assertTrue(stored > 0 && stored < COPIES, "stored " + stored);
        assertEquals(stored, count(db, "select count(*) from track"), "every stored file is complete");
        assertEquals(1, count(db, "select count(*) from scan_run where outcome = 'interrupted'"));

        Cli resumed = Cli.run("import", library.toString(), "--db", db.toString(), "--json");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertEquals(COPIES - stored, resumed.json().get("imported").asLong());
        assertEquals(COPIES, count(db, "select count(*) from file"));
    }

    private static void waitForFirstFiles(Path db, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(db) && tableExists(db) && count(db, "select count(*) from file") >= 3) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import never stored a file (alive: " + process.isAlive() + ")");
    }

    private static boolean tableExists(Path db) throws Exception {
        return count(db, "select count(*) from sqlite_master where name = 'file'") == 1;
    }

    private static long count(Path db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
