package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.audioimport.schedule.DaemonLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes and messages of docs/cli.md that a user meets by mistake: options out of their range (2), an
 * address the daemon cannot listen on (2), a second daemon on one catalogue (5); and `show` of a file gone
 * from disk, which says since when.
 */
class DocumentedExitCodesTest {
    @TempDir
    Path dir;

    @Test
    void importOptionsOutOfRangeAreUsageErrorsNamingTheOption() throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        String db = dir.resolve("library.db").toString();
        String[][] wrong = {
            {"--fingerprint-length", "0"}, {"--busy-timeout", "-1"}, {"--purge-missing-after", "-2"},
        };
        for (String[] option : wrong) {
            Cli run = Cli.run("import", library.toString(), "--db", db, option[0], option[1]);

            assertEquals(2, run.exitCode(), () -> String.join(" ", option) + ": " + run.err());
            assertTrue(run.err().contains(option[0] + " must be "), run.err());
            assertTrue(run.err().contains("Usage: audio-import import"), run.err());
        }
        assertFalse(Files.exists(Path.of(db)), "a usage error opens no catalogue");
    }

    @Test
    void daemonAddressesThatCannotWorkAreUsageErrorsSayingWhatToChange() throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        String db = dir.resolve("library.db").toString();

        Cli tooHigh = Cli.run("daemon", library.toString(), "--db", db, "--http", "[::1]:70000");
        Cli noPort = Cli.run("daemon", library.toString(), "--db", db, "--http", "127.0.0.1:web");

        assertEquals(2, tooHigh.exitCode(), tooHigh.err());
        assertTrue(tooHigh.err().contains("the port must be from 0 to 65535"), tooHigh.err());
        assertEquals(2, noPort.exitCode(), noPort.err());
        assertTrue(noPort.err().contains("give [ADDR:]PORT"), noPort.err());
    }

    @Test
    void secondDaemonOnOneCatalogueExitsFiveNamingTheHolder() throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path db = dir.resolve("library.db");

        Cli second;
        try (DaemonLock first = DaemonLock.acquire(db)) {
            assertTrue(Files.exists(first.file()));
            second = Cli.run("daemon", library.toString(), "--db", db.toString(), "--no-initial-scan");
        }

        assertEquals(5, second.exitCode(), second.err());
        assertTrue(
                second.err()
                        .contains("a daemon already runs on " + db.toAbsolutePath() + " (pid "
                                + ProcessHandle.current().pid() + ")"),
                second.err());
    }

    @Test
    void showSaysSinceWhenAFileIsMissingFromDisk() throws Exception {
        SampleCopy sample = SampleCopy.in(dir);
        Path gone = sample.importedThenGone("untagged/track 17.flac");

        Cli show = Cli.run("show", gone.toString(), "--db", sample.db());

        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("missing from disk since "), show.out());
    }
}
