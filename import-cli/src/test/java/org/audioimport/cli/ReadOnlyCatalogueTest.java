package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue in a folder the user cannot write: every command that only reads works (no
 * SQLITE_READONLY_DIRECTORY), whether the catalogue was checkpointed or a crash left its write-ahead log
 * behind, with or without the log's index; {@code import} refuses in one plain line. Each command runs in
 * a child JVM as a user without write permission there (see {@link OtherUser}).
 */
class ReadOnlyCatalogueTest {
    private static final String LEFT_IN_THE_WAL = "left in the write-ahead log";

    @TempDir
    static Path dir;

    private static Path library;
    private static Path catalogue;
    private static OtherUser user;

    @BeforeAll
    static void importTheSampleThenLockItsFolders() throws Exception {
        library = Cli.sampleCopy(dir.resolve("library"));
        catalogue = dir.resolve("writable/library.db");
        Cli imported = Cli.run("import", library.toString(), "--db", catalogue.toString(), "--no-progress");
        assertEquals(0, imported.exitCode(), imported.err());
        user = OtherUser.in(dir);
        openTreeToEveryone(library);
    }

    @Test
    void readingCommandsWorkOnACheckpointedCatalogue() throws Exception {
        Path readOnly = readOnlyCopy(catalogue, "checkpointed", List.of(""));
        assertFalse(Files.exists(readOnly.resolveSibling("library.db-wal")));

        assertEveryReadingCommandWorks(readOnly, false);
    }

    @Test
    void readingCommandsSeeWhatAWalLeftBehindHolds() throws Exception {
        Path readOnly = withWalLeftBehind("wal-and-shm", List.of("", "-wal", "-shm"));

        assertEveryReadingCommandWorks(readOnly, true);
    }

    @Test
    void readingCommandsSeeWhatAWalLeftWithoutItsIndexHolds() throws Exception {
        Path readOnly = withWalLeftBehind("wal-only", List.of("", "-wal"));

        assertEveryReadingCommandWorks(readOnly, true);
    }

    @Test
    void importRefusesNamingTheCatalogueAndTheReasonWithoutAStackTrace() throws Exception {
        Path readOnly = readOnlyCopy(catalogue, "import", List.of(""));

        Cli run = user.run("import", library.toString(), "--db", readOnly.toString(), "--no-progress");

        assertEquals(ExitCodes.CATALOGUE_UNUSABLE, run.exitCode(), run.err());
        assertTrue(run.err().contains(readOnly.toString()), run.err());
        assertTrue(run.err().contains("cannot be written: its folder"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static void assertEveryReadingCommandWorks(Path db, boolean walRead) throws Exception {
        String flac = library.resolve("untagged/track 17.flac").toString();
        String db1 = db.toString();
        Cli status = user.run("status", "--db", db1);
        Cli show = user.run("show", flac, "--db", db1);
        Cli failed = user.run("failed", "--db", db1);
        Cli duplicates = user.run("duplicates", "--db", db1);
        Cli similar = user.run(
                "similar", library.resolve("copies/01 - First Frost.mp3").toString(), "-k", "2", "--db", db1);

        for (Cli run : List.of(status, show, failed, duplicates, similar)) {
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertFalse(run.err().contains("SQLITE_"), run.err());
        }
        assertTrue(show.out().contains("status:    imported"), show.out());
        assertTrue(duplicates.out().contains("First Frost"), duplicates.out());
        assertTrue(similar.out().contains("distance"), similar.out());
        assertEquals(walRead, failed.out().contains(LEFT_IN_THE_WAL), failed.out());
    }

    /** A copy of the catalogue (the files of {@code suffixes}) in a folder the other user cannot write. */
    private static Path readOnlyCopy(Path source, String name, List<String> suffixes) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (String suffix : suffixes) {
            Path copy = folder.resolve("library.db" + suffix);
            Files.copy(source.resolveSibling("library.db" + suffix), copy);
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r--r--r--"));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return folder.resolve("library.db");
    }

    /**
     * The state a crash leaves: a commit still in the write-ahead log, not yet checkpointed into the file.
     * It is copied while the writing connection is open, so the log is not checkpointed away at its close.
     */
    private static Path withWalLeftBehind(String name, List<String> suffixes) throws Exception {
        Path source = dir.resolve(name + "-source/library.db");
        Files.createDirectories(source.getParent());
        Files.copy(catalogue, source);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source);
                Statement sql = connection.createStatement()) {
            sql.execute("pragma journal_mode=wal");
            sql.execute("pragma wal_autocheckpoint=0");
            sql.execute("update file set status = 'failed', failure_reason = '" + LEFT_IN_THE_WAL
                    + "' where path like '%Neon Side.flac'");
            return readOnlyCopy(source, name, suffixes);
        }
    }

    private static void openTreeToEveryone(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(path)) {
                    OtherUser.openToEveryone(path);
                }
            }
        }
    }
}
